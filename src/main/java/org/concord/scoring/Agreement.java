package org.concord.scoring;

import java.util.List;

/**
 * Within-team agreement rwg(j) (James, Demaree and Wolf 1984) against a uniform null: does a
 * team mean stand for what its members think? s2_EU = (A^2 - 1) / 12 for A response points;
 * s2 = the mean of the items' variances (n-1) over the members who answered each item,
 * capped at s2_EU; rwg(j) = J(1 - s2/s2_EU) / (J(1 - s2/s2_EU) + s2/s2_EU). An item answered by
 * fewer than two members has no variance and is left out, of s2 and of J alike. Below
 * {@link #LOW_AGREEMENT} a report flags the team mean.
 */
public final class Agreement {

    /** The conventional cut-off: rwg(j) below it means the team mean is "low agreement". */
    public static final double LOW_AGREEMENT = 0.70;

    private Agreement() {
    }

    /** rwg(j) of members x items answers ({@link ScoringPlan#MISSING} where unanswered). */
    public static Estimate rwgj(int[][] memberByItem, int points) {
        int items = memberByItem.length == 0 ? 0 : memberByItem[0].length;
        int[] all = new int[items];
        for (int j = 0; j < items; j++) {
            all[j] = j;
        }
        return rwgj(List.of(memberByItem), all, points);
    }

    /** rwg(j) over the given item indices of the members' answer arrays. */
    public static Estimate rwgj(List<int[]> members, int[] items, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("a response format needs at least 2 points, has " + points);
        }
        double expected = (points * (double) points - 1) / 12;
        double varianceSum = 0;
        int withVariance = 0;
        for (int item : items) {
            double variance = itemVariance(members, item);
            if (!Double.isNaN(variance)) {
                varianceSum += variance;
                withVariance++;
            }
        }
        if (withVariance == 0) {
            return Estimate.notAvailable(Unavailable.FEW_RATERS_PER_ITEM);
        }
        double ratio = Math.min(varianceSum / withVariance, expected) / expected;
        double agreement = withVariance * (1 - ratio);
        return Estimate.of(agreement / (agreement + ratio));
    }

    public static boolean low(Estimate rwgj) {
        return rwgj.available() && rwgj.value() < LOW_AGREEMENT;
    }

    private static double itemVariance(List<int[]> members, int item) {
        int n = 0;
        double sum = 0;
        for (int[] answers : members) {
            if (answers[item] != ScoringPlan.MISSING) {
                sum += answers[item];
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mean = sum / n;
        double squares = 0;
        for (int[] answers : members) {
            if (answers[item] != ScoringPlan.MISSING) {
                squares += (answers[item] - mean) * (answers[item] - mean);
            }
        }
        return squares / (n - 1);
    }
}
