package org.concord.web.respondent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.concord.database.TestDatabase;
import org.concord.security.ThrottleCounts;
import org.junit.jupiter.api.Test;

class LinkGuessesTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T09:30:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    private final HandClock clock = new HandClock();
    private final DatabaseLinkGuesses guesses = new DatabaseLinkGuesses(new ThrottleCounts(TestDatabase.H2.fresh()), clock);

    @Test
    void tenMissesInAMinuteBlockTheAddressUntilTheMinuteIsOver() {
        for (int i = 0; i < DatabaseLinkGuesses.LIMIT - 1; i++) {
            guesses.missed("10.0.0.1");
        }
        assertFalse(guesses.blocked("10.0.0.1"));

        guesses.missed("10.0.0.1");
        assertTrue(guesses.blocked("10.0.0.1"));
        assertFalse(guesses.blocked("10.0.0.2"), "other addresses are not affected");

        clock.advance(Duration.ofSeconds(59));
        assertTrue(guesses.blocked("10.0.0.1"));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(guesses.blocked("10.0.0.1"));
    }

    @Test
    void aBlockedAddressIsSlowedMoreWithEachMissUpToACeiling() {
        assertEquals(Duration.ZERO, guesses.slowdown("10.0.0.4"));
        for (int i = 0; i < DatabaseLinkGuesses.LIMIT; i++) {
            guesses.missed("10.0.0.4");
        }
        assertEquals(Duration.ofMillis(250), guesses.slowdown("10.0.0.4"));
        guesses.missed("10.0.0.4");
        assertEquals(Duration.ofMillis(500), guesses.slowdown("10.0.0.4"));
        for (int i = 0; i < 100; i++) {
            guesses.missed("10.0.0.4");
        }
        assertEquals(Duration.ofSeconds(3), guesses.slowdown("10.0.0.4"));
        assertEquals(Duration.ZERO, guesses.slowdown("10.0.0.5"));
    }

    @Test
    void missesSpreadOverMoreThanAMinuteNeverBlock() {
        for (int i = 0; i < 3 * DatabaseLinkGuesses.LIMIT; i++) {
            guesses.missed("10.0.0.3");
            clock.advance(Duration.ofSeconds(7));
            assertFalse(guesses.blocked("10.0.0.3"));
        }
    }
}
