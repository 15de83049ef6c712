package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.concord.database.TestDatabase;
import org.junit.jupiter.api.Test;

/** Growing delays per user name, per address and per known browser, counted in the database, with a clock the test moves. */
class SignInThrottleTest {

    /** A clock the test sets. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2026-11-26T09:00:00Z");

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
    }

    private final Hands clock = new Hands();
    private final DatabaseSignInThrottle throttle = new DatabaseSignInThrottle(new ThrottleCounts(TestDatabase.H2.fresh()), clock);

    private static SignInThrottle.Attempt from(String name, String address) {
        return new SignInThrottle.Attempt(name, address, null);
    }

    @Test
    void delaysDoubleAfterTheFreeFailuresUpToTheCeiling() {
        GrowingDelay delay = GrowingDelay.ACCOUNT;
        assertEquals(Duration.ZERO, delay.after(4));
        assertEquals(Duration.ofSeconds(1), delay.after(5));
        assertEquals(Duration.ofSeconds(2), delay.after(6));
        assertEquals(Duration.ofSeconds(32), delay.after(10));
        assertEquals(Duration.ofMinutes(1), delay.after(11));
        assertEquals(Duration.ofMinutes(1), delay.after(10_000));
    }

    @Test
    void aUserNameWaitsLongerWithEachFailureFromAnyAddress() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Duration.ZERO, throttle.wait(from("admin", "10.0.0." + i)));
            throttle.failed(from("admin", "10.0.0." + i));
        }
        assertEquals(Duration.ofSeconds(1), throttle.wait(from("admin", "10.9.9.9")));
        throttle.failed(from("admin", "10.0.0.7"));
        assertEquals(Duration.ofSeconds(2), throttle.wait(from("admin", "10.9.9.9")));
        clock.now = clock.now.plusSeconds(2);
        assertEquals(Duration.ZERO, throttle.wait(from("admin", "10.9.9.9")), "never locked: the wait ends");
    }

    @Test
    void unknownNamesAreCountedExactlyLikeExistingOnes() {
        for (int i = 0; i < 7; i++) {
            throttle.failed(from("admin", "10.0.0.1"));
            throttle.failed(from("no-such-user", "10.0.0.2"));
        }
        assertEquals(throttle.wait(from("admin", "10.0.0.3")), throttle.wait(from("no-such-user", "10.0.0.3")));
    }

    @Test
    void anAddressGuessingManyNamesIsSlowed() {
        for (int i = 0; i < GrowingDelay.ADDRESS.free(); i++) {
            throttle.failed(from("user" + i, "10.6.6.6"));
        }
        assertEquals(Duration.ofSeconds(1), throttle.wait(from("someone-else", "10.6.6.6")));
        assertEquals(Duration.ZERO, throttle.wait(from("someone-else", "10.1.1.1")));
    }

    @Test
    void theOwnersBrowserIsNotKeptWaitingByOthers() {
        String mark = DeviceMark.validFor(DeviceMark.issue("admin"), "admin");
        assertNotNull(mark);
        for (int i = 0; i < 40; i++) {
            throttle.failed(from("admin", "10.6.6.6"));
        }
        assertTrue(throttle.wait(from("admin", "10.6.6.6")).compareTo(Duration.ofSeconds(30)) > 0);
        assertEquals(Duration.ZERO, throttle.wait(new SignInThrottle.Attempt("admin", "10.6.6.6", mark)),
                "even behind the attacker's address");
    }

    @Test
    void aDeviceMarkIsValidOnlyForItsUserName() {
        String mark = DeviceMark.issue("anna");
        assertEquals(mark, DeviceMark.validFor(mark, "anna"));
        assertNull(DeviceMark.validFor(mark, "admin"));
        assertNull(DeviceMark.validFor(mark.substring(0, mark.length() - 2) + "xx", "anna"));
        assertNull(DeviceMark.validFor("garbage", "anna"));
    }

    @Test
    void successClearsTheUserName() {
        for (int i = 0; i < 8; i++) {
            throttle.failed(from("anna", "10.0.0.1"));
        }
        throttle.succeeded(from("anna", "10.0.0.1"));
        assertEquals(Duration.ZERO, throttle.wait(from("anna", "10.0.0.2")));
    }

    @Test
    void failuresAreForgottenAfterAnHour() {
        for (int i = 0; i < 8; i++) {
            throttle.failed(from("anna", "10.0.0.1"));
        }
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        throttle.failed(from("anna", "10.0.0.1"));
        assertEquals(Duration.ZERO, throttle.wait(from("anna", "10.0.0.1")));
    }
}
