package org.concord.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Within-team agreement rwg(j) (James, Demaree and Wolf 1984) against a uniform null, as R's
 * {@code multilevel::rwg.j} computes it: does a team mean stand for what its members think?
 * s2_EU = (A^2 - 1) / 12 for A response points; s2 = the mean of the J items' variances (n-1),
 * capped at s2_EU; rwg(j) = J(1 - s2/s2_EU) / (J(1 - s2/s2_EU) + s2/s2_EU). Missing answers are
 * handled listwise, as rwg.j's {@code na.exclude} does: a member who left any item of the scale
 * unanswered is left out of that scale's rwg(j) altogether, and the variances are taken over
 * the complete members only; fewer than two complete members give no rwg(j). Below
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

    /**
     * rwg(j) over the given item indices of the members' answer arrays, over the members who
     * answered every one of those items (listwise).
     */
    public static Estimate rwgj(List<int[]> answers, int[] items, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("a response format needs at least 2 points, has " + points);
        }
        List<int[]> complete = complete(answers, items);
        if (complete.size() < 2 || items.length == 0) {
            return Estimate.notAvailable(Unavailable.FEW_COMPLETE_MEMBERS, complete.size());
        }
        double expected = (points * (double) points - 1) / 12;
        double varianceSum = 0;
        for (int item : items) {
            varianceSum += itemVariance(complete, item);
        }
        double ratio = Math.min(varianceSum / items.length, expected) / expected;
        double agreement = items.length * (1 - ratio);
        return Estimate.of(agreement / (agreement + ratio));
    }

    public static boolean low(Estimate rwgj) {
        return rwgj.available() && rwgj.value() < LOW_AGREEMENT;
    }

    /** The members who answered every one of {@code items}. */
    private static List<int[]> complete(List<int[]> answers, int[] items) {
        List<int[]> complete = new ArrayList<>();
        for (int[] member : answers) {
            boolean all = true;
            for (int item : items) {
                all &= member[item] != ScoringPlan.MISSING;
            }
            if (all) {
                complete.add(member);
            }
        }
        return complete;
    }

    private static double itemVariance(List<int[]> members, int item) {
        double sum = 0;
        for (int[] answers : members) {
            sum += answers[item];
        }
        double mean = sum / members.size();
        double squares = 0;
        for (int[] answers : members) {
            squares += (answers[item] - mean) * (answers[item] - mean);
        }
        return squares / (members.size() - 1);
    }
}
