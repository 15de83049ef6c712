package org.concord.security;

import java.time.Duration;

/**
 * How many wrong passwords in a row lock an account, and for how long. Locking slows down
 * anyone guessing passwords; it ends by itself so that a forgetful person is not shut out for
 * good, and an administrator can end it earlier. The count starts again after a lock.
 */
public record LockOutPolicy(int maxFailures, Duration lockFor) {

    /** Five wrong passwords lock the account for fifteen minutes. */
    public static final LockOutPolicy STANDARD = new LockOutPolicy(5, Duration.ofMinutes(15));

    public LockOutPolicy {
        if (maxFailures < 1 || lockFor == null || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("a lock-out needs at least one failure and a positive duration");
        }
    }
}
