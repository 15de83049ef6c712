package org.concord.scoring;

/**
 * What pages and reports show at small n, so that a number computed from too few people never
 * looks like a finding: alpha, alpha if item deleted, corrected item-total r (and the SEM
 * interval built on alpha) only from {@value #COMPLETE_CASES} complete cases; percentile, z and
 * T only against a norm group of at least the configured minimum (default
 * {@value #NORM_DEFAULT}, never below {@value #NORM_FLOOR}), with the norm group's n beside
 * them. The engine and the command-line tool still compute everything as R does; only what is
 * shown to a reader follows these rules.
 */
public final class SmallSamples {

    /** Complete cases from which reliability statistics are shown. */
    public static final int COMPLETE_CASES = 10;

    /** The norm group size percentiles need unless configured otherwise. */
    public static final int NORM_DEFAULT = 30;

    /** The smallest norm group size a configuration may ask for. */
    public static final int NORM_FLOOR = 20;

    private SmallSamples() {
    }

    /** The norm minimum to apply for a configured value: never below {@value #NORM_FLOOR}. */
    public static int normMinimum(int configured) {
        return Math.max(configured, NORM_FLOOR);
    }

    /** Whether reliability statistics over {@code completeCases} may be shown. */
    public static boolean reliabilityShown(int completeCases) {
        return completeCases >= COMPLETE_CASES;
    }

    /** Whether a norm group of {@code n} scores may give percentiles, z and T, under {@code minimum}. */
    public static boolean normsShown(int n, int minimum) {
        return n >= normMinimum(minimum);
    }
}
