package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The lock after wrong passwords, on a clock the test moves. */
class LockOutTest {

    private static final Instant NINE = Instant.parse("2026-11-26T09:00:00Z");
    private static final LockOutPolicy POLICY = LockOutPolicy.STANDARD;

    private static Account account() {
        return new Account("anna", "Anna", PasswordHash.hash("x".toCharArray()), EnumSet.of(Role.HR), NINE);
    }

    private static void fail(Account account, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedSignIn(at, POLICY);
        }
    }

    @Test
    void fourWrongPasswordsDoNotLock() {
        Account anna = account();

        fail(anna, 4, NINE);

        assertFalse(anna.isLockedAt(NINE));
        assertEquals(4, anna.getFailedSignIns());
    }

    @Test
    void theFifthLocksForFifteenMinutes() {
        Account anna = account();
        fail(anna, 4, NINE);

        assertTrue(anna.recordFailedSignIn(NINE, POLICY));

        assertTrue(anna.isLockedAt(NINE));
        assertTrue(anna.isLockedAt(NINE.plus(Duration.ofMinutes(15)).minusSeconds(1)));
        assertFalse(anna.isLockedAt(NINE.plus(Duration.ofMinutes(15))));
        assertEquals(NINE.plus(Duration.ofMinutes(15)), anna.getLockedUntil());
    }

    @Test
    void wrongPasswordsDuringTheLockDoNotProlongIt() {
        Account anna = account();
        fail(anna, 5, NINE);

        fail(anna, 10, NINE.plus(Duration.ofMinutes(10)));

        assertFalse(anna.isLockedAt(NINE.plus(Duration.ofMinutes(15))));
    }

    @Test
    void afterTheLockTheCountStartsAgain() {
        Account anna = account();
        fail(anna, 5, NINE);
        Instant later = NINE.plus(Duration.ofMinutes(16));

        assertFalse(anna.recordFailedSignIn(later, POLICY));

        assertEquals(1, anna.getFailedSignIns());
        assertFalse(anna.isLockedAt(later));
        assertNull(anna.getLockedUntil());
    }

    @Test
    void aSuccessfulSignInForgetsEarlierWrongPasswords() {
        Account anna = account();
        fail(anna, 4, NINE);

        anna.recordSignIn(NINE.plusSeconds(5));
        fail(anna, 4, NINE.plusSeconds(10));

        assertFalse(anna.isLockedAt(NINE.plusSeconds(10)));
        assertEquals(NINE.plusSeconds(5), anna.getLastSignedInAt());
    }

    @Test
    void unlockingEndsTheLockAtOnce() {
        Account anna = account();
        fail(anna, 5, NINE);

        anna.unlock();

        assertFalse(anna.isLockedAt(NINE));
        assertEquals(0, anna.getFailedSignIns());
    }
}
