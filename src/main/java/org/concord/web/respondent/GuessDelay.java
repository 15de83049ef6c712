package org.concord.web.respondent;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Holds a request from an address that guessed too many respondent links for the time
 * {@link LinkGuesses} says, so that guessing gets slower and slower. At most
 * {@value #AT_ONCE} requests are held at a time: beyond that a request goes on at once rather
 * than let a flood of guesses tie up the server's threads (16 serve requests, see
 * {@code src/main/payara/preboot.asadmin}; a quarter of them at most sleep here).
 */
final class GuessDelay {

    static final int AT_ONCE = 4;
    private static final Semaphore HELD = new Semaphore(AT_ONCE);

    private GuessDelay() {
    }

    static void hold(Duration delay) {
        if (delay.isZero() || delay.isNegative() || !HELD.tryAcquire()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            HELD.release();
        }
    }
}
