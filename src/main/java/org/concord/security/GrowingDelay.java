package org.concord.security;

import java.time.Duration;

/**
 * How long a key (a user name, an address, a browser) waits after {@code failures} failed
 * sign-ins: nothing for the first {@code free} ones, then {@code first}, doubling with each
 * further failure, never more than {@code ceiling}. The ceiling is what keeps an attacker from
 * locking the owner out: at worst they wait that long.
 */
public record GrowingDelay(int free, Duration first, Duration ceiling) {

    /** A user name: five free failures, then 1 s, 2 s, 4 s ... at most a minute. */
    public static final GrowingDelay ACCOUNT = new GrowingDelay(5, Duration.ofSeconds(1), Duration.ofMinutes(1));
    /** An address (an office may share one): a hundred free failures, then 1 s doubling to five minutes. */
    public static final GrowingDelay ADDRESS = new GrowingDelay(100, Duration.ofSeconds(1), Duration.ofMinutes(5));
    /** A browser that signed in to the account before: as a user name. */
    public static final GrowingDelay DEVICE = ACCOUNT;

    public GrowingDelay {
        if (free < 0 || first.isNegative() || first.isZero() || ceiling.compareTo(first) < 0) {
            throw new IllegalArgumentException("a growing delay needs a positive first step and a ceiling above it");
        }
    }

    /** The wait after {@code failures} failures in a row. */
    public Duration after(int failures) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(ceiling) > 0 ? ceiling : delay;
    }
}
