package org.concord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@link SignInThrottle} of every instance: counts in the database ({@link ThrottleCounts}),
 * so a guesser gains nothing by being balanced onto another instance and a restart forgets
 * nothing; each count is forgotten an hour after its last failure. A browser that carries a
 * valid device mark for the user name is counted on its own ({@link GrowingDelay#DEVICE}) and
 * escapes the name's and the address's counts, so an attacker elsewhere (or behind the same
 * address) cannot keep the owner out.
 */
@ApplicationScoped
public class DatabaseSignInThrottle implements SignInThrottle {

    static final Duration FORGET_AFTER = Duration.ofHours(1);

    @Inject
    private ThrottleCounts counts;

    @Inject
    private Clock clock;

    protected DatabaseSignInThrottle() {
        // for CDI
    }

    DatabaseSignInThrottle(ThrottleCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    public Duration wait(Attempt attempt) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (Keyed keyed : keys(attempt)) {
            var counted = counts.get(keyed.key(), ThrottleCounts.Window.FROM_LAST, FORGET_AFTER, now);
            if (counted.isPresent()) {
                Duration left = Duration.between(now, counted.get().last().plus(keyed.delay().after(counted.get().hits())));
                if (left.compareTo(longest) > 0) {
                    longest = left;
                }
            }
        }
        return longest;
    }

    @Override
    public void failed(Attempt attempt) {
        Instant now = clock.instant();
        for (Keyed keyed : keys(attempt)) {
            counts.hit(keyed.key(), ThrottleCounts.Window.FROM_LAST, FORGET_AFTER, now);
        }
    }

    @Override
    public void succeeded(Attempt attempt) {
        counts.forget(userKey(attempt));
        if (attempt.device() != null) {
            counts.forget("device:" + attempt.device());
        }
    }

    private record Keyed(String key, GrowingDelay delay) {
    }

    private static List<Keyed> keys(Attempt attempt) {
        List<Keyed> keys = new ArrayList<>();
        if (attempt.device() != null) {
            keys.add(new Keyed("device:" + attempt.device(), GrowingDelay.DEVICE));
        } else {
            keys.add(new Keyed(userKey(attempt), GrowingDelay.ACCOUNT));
            keys.add(new Keyed("address:" + attempt.address(), GrowingDelay.ADDRESS));
        }
        return keys;
    }

    private static String userKey(Attempt attempt) {
        return "user:" + (attempt.username() == null ? "" : attempt.username().toLowerCase(Locale.ROOT));
    }
}
