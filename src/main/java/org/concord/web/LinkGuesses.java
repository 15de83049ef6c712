package org.concord.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down people guessing respondent links: an address that opens {@value #LIMIT} links
 * that lead nowhere within a minute is refused every link until that minute is over. Kept in
 * memory (a restart forgets it), by the address the connection comes from, and trimmed of
 * finished windows so that it never grows without bound.
 */
@ApplicationScoped
public class LinkGuesses {

    public static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int TRIM_ABOVE = 10_000;

    /** Misses from one address since {@code start} (epoch milliseconds). */
    private record Window(long start, int misses) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public LinkGuesses() {
        this(Clock.systemUTC());
    }

    LinkGuesses(Clock clock) {
        this.clock = clock;
    }

    /** Whether {@code address} has used up its misses for the current minute. */
    public boolean blocked(String address) {
        Window window = windows.get(address);
        return window != null && !over(window) && window.misses() >= LIMIT;
    }

    /** Counts a link from {@code address} that led nowhere. */
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
