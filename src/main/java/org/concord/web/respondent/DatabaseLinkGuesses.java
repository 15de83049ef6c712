package org.concord.web.respondent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.concord.security.ThrottleCounts;

/**
 * The {@link LinkGuesses} of every instance: an address that opens {@value #LIMIT} links that
 * lead nowhere within a minute is slowed for the rest of that minute, by {@value #STEP_MILLIS} ms
 * more for each further miss, at most {@value #MAX_MILLIS} ms. Counted in the database
 * ({@link ThrottleCounts}) by the address the connection comes from, so a guesser spread over
 * several instances by the load balancer is counted once.
 */
@ApplicationScoped
public class DatabaseLinkGuesses implements LinkGuesses {

    public static final int LIMIT = 10;
    static final long STEP_MILLIS = 250;
    static final long MAX_MILLIS = 3_000;
    static final Duration WINDOW = Duration.ofMinutes(1);

    @Inject
    private ThrottleCounts counts;

    @Inject
    private Clock clock;

    protected DatabaseLinkGuesses() {
        // for CDI
    }

    DatabaseLinkGuesses(ThrottleCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    public boolean blocked(String address) {
        return misses(address) >= LIMIT;
    }

    @Override
    public Duration slowdown(String address) {
        int misses = misses(address);
        return misses < LIMIT ? Duration.ZERO : Duration.ofMillis(Math.min(MAX_MILLIS, (misses - LIMIT + 1) * STEP_MILLIS));
    }

    @Override
    public void missed(String address) {
        counts.hit(key(address), ThrottleCounts.Window.FROM_FIRST, WINDOW, clock.instant());
    }

    private int misses(String address) {
        return counts.get(key(address), ThrottleCounts.Window.FROM_FIRST, WINDOW, clock.instant())
                .map(ThrottleCounts.Count::hits).orElse(0);
    }

    private static String key(String address) {
        return "link-guess:" + address;
    }
}
