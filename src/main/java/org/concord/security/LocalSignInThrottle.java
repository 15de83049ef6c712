package org.concord.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link SignInThrottle} of one server: counts in memory (a restart forgets them), by key,
 * each forgotten an hour after its last failure, trimmed so it never grows without bound. A
 * browser that carries a valid device mark for the user name is counted on its own
 * ({@link GrowingDelay#DEVICE}) and escapes the name's and the address's counts, so an attacker
 * elsewhere (or behind the same address) cannot keep the owner out.
 */
@ApplicationScoped
public class LocalSignInThrottle implements SignInThrottle {

    static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int TRIM_ABOVE = 100_000;

    /** Failures in a row under one key, and the last one. */
    private record Strikes(int failures, Instant last) {
    }

    private final Map<String, Strikes> strikes = new ConcurrentHashMap<>();
    private final Clock clock;

    public LocalSignInThrottle() {
        this(Clock.systemUTC());
    }

    LocalSignInThrottle(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Duration wait(Attempt attempt) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (Keyed keyed : keys(attempt)) {
            Strikes counted = strikes.get(keyed.key());
            if (counted != null && !forgotten(counted, now)) {
                Duration left = Duration.between(now, counted.last().plus(keyed.delay().after(counted.failures())));
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
            strikes.compute(keyed.key(), (key, counted) -> counted == null || forgotten(counted, now)
                    ? new Strikes(1, now) : new Strikes(counted.failures() + 1, now));
        }
        if (strikes.size() > TRIM_ABOVE) {
            strikes.values().removeIf(counted -> forgotten(counted, now));
        }
    }

    @Override
    public void succeeded(Attempt attempt) {
        strikes.remove(userKey(attempt));
        if (attempt.device() != null) {
            strikes.remove("device:" + attempt.device());
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

    private static boolean forgotten(Strikes counted, Instant now) {
        return counted.last().plus(FORGET_AFTER).isBefore(now);
    }
}
