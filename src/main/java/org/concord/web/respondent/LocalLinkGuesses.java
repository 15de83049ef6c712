package org.concord.web.respondent;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link LinkGuesses} of one server: an address that opens {@value #LIMIT} links that lead
 * nowhere within a minute is slowed for the rest of that minute, by {@value #STEP_MILLIS} ms
 * more for each further miss, at most {@value #MAX_MILLIS} ms. Kept in memory (a restart
 * forgets it), by the address the connection comes from, and trimmed of finished windows so
 * that it never grows without bound.
 */
@ApplicationScoped
public class LocalLinkGuesses implements LinkGuesses {

    public static final int LIMIT = 10;
    static final long STEP_MILLIS = 250;
    static final long MAX_MILLIS = 3_000;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int TRIM_ABOVE = 10_000;

    /** Misses from one address since {@code start} (epoch milliseconds). */
    private record Window(long start, int misses) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public LocalLinkGuesses() {
        this(Clock.systemUTC());
    }

    LocalLinkGuesses(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean blocked(String address) {
        Window window = windows.get(address);
        return window != null && !over(window) && window.misses() >= LIMIT;
    }

    @Override
    public Duration slowdown(String address) {
        Window window = windows.get(address);
        if (window == null || over(window) || window.misses() < LIMIT) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(Math.min(MAX_MILLIS, (window.misses() - LIMIT + 1) * STEP_MILLIS));
    }

    @Override
    public void missed(String address) {
        windows.compute(address, (key, window) -> window == null || over(window)
                ? new Window(clock.millis(), 1) : new Window(window.start(), window.misses() + 1));
        if (windows.size() > TRIM_ABOVE) {
            windows.values().removeIf(this::over);
        }
    }

    private boolean over(Window window) {
        return clock.millis() - window.start() >= WINDOW.toMillis();
    }
}
