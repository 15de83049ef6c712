package org.concord.scoring;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A team's change between two waves (before and after team building) as the difference of two
 * independent means: the waves are answered anonymously, by possibly different people, so no
 * individual statistic (such as the reliable change index, which {@link Change} keeps for one
 * person measured twice) applies. It holds the two means, their difference with its 95%
 * interval by Welch's t (SE = sqrt(s1^2/n1 + s2^2/n2), Welch-Satterthwaite df, as R's
 * {@code t.test(after, before)}), and Cohen's d = difference / SD pooled with n-1 weights, with
 * its approximate 95% interval d +/- z sqrt((n1+n2)/(n1 n2) + d^2/(2(n1+n2))) (Hedges and
 * Olkin 1985), z = 1.959964 the normal 97.5% quantile. The change is {@link #reliable()} when
 * the difference's interval excludes 0. With fewer than 2 scores in a wave nothing is
 * available. When the scores vary in neither wave the difference is still given, but its
 * interval, df and d are not (R's t.test refuses such data; no NaN or infinity is ever held)
 * and the change is not called reliable.
 *
 * @param nBefore    how many scores the first wave has
 * @param nAfter     how many scores the second wave has
 * @param before     the first wave's mean
 * @param after      the second wave's mean
 * @param difference after - before
 * @param ciLow      the low end of the difference's Welch 95% interval
 * @param ciHigh     the high end of that interval
 * @param df         the Welch-Satterthwaite degrees of freedom
 * @param d          Cohen's d
 * @param dLow       the low end of d's approximate 95% interval
 * @param dHigh      the high end of that interval
 */
public record MeanChange(int nBefore, int nAfter, Estimate before, Estimate after, Estimate difference,
                         Estimate ciLow, Estimate ciHigh, Estimate df, Estimate d, Estimate dLow, Estimate dHigh) {

    /** The standard normal's 97.5% quantile ("1.96"), exactly, as R's qnorm(0.975) gives it. */
    static final double Z975 = 1.959963984540054;

    /** The change from the {@code before} scores to the {@code after} scores (each without missing ones). */
    public static MeanChange of(double[] before, double[] after) {
        requireFinite(before);
        requireFinite(after);
        return of(before.length, Stats.mean(before), Stats.sd(before), after.length, Stats.mean(after), Stats.sd(after));
    }

    /**
     * The change from published summary statistics: each wave's number of scores, mean and SD
     * (n-1). A wave of fewer than 2 scores makes the change not available, whatever its mean
     * and SD; otherwise the mean must be finite and the SD finite and not negative.
     */
    public static MeanChange of(int n1, double mean1, double sd1, int n2, double mean2, double sd2) {
        if (n1 < 0 || n2 < 0) {
            throw new IllegalArgumentException("a wave cannot have " + Math.min(n1, n2) + " scores");
        }
        if (n1 < 2 || n2 < 2) {
            Estimate none = Estimate.notAvailable(Unavailable.FEW_SCORES_IN_A_WAVE, n1, n2);
            return new MeanChange(n1, n2, none, none, none, none, none, none, none, none, none);
        }
        requireSummary(mean1, sd1);
        requireSummary(mean2, sd2);
        double difference = mean2 - mean1;
        double v1 = sd1 * sd1 / n1;
        double v2 = sd2 * sd2 / n2;
        double se2 = v1 + v2;
        if (!(se2 > 0)) {
            Estimate none = Estimate.notAvailable(Unavailable.NO_VARIANCE_IN_WAVES);
            return new MeanChange(n1, n2, Estimate.of(mean1), Estimate.of(mean2), Estimate.of(difference),
                    none, none, none, none, none, none);
        }
        double df = se2 * se2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        double half = TDistribution.of(df).inverseCumulativeProbability(0.975) * Math.sqrt(se2);
        double pooled = ((n1 - 1) * sd1 * sd1 + (n2 - 1) * sd2 * sd2) / (n1 + n2 - 2);
        double d = difference / Math.sqrt(pooled);
        double dHalf = Z975 * Math.sqrt((double) (n1 + n2) / ((double) n1 * n2) + d * d / (2.0 * (n1 + n2)));
        return new MeanChange(n1, n2, Estimate.of(mean1), Estimate.of(mean2), Estimate.of(difference),
                Estimate.of(difference - half), Estimate.of(difference + half), Estimate.of(df),
                Estimate.of(d), Estimate.of(d - dHalf), Estimate.of(d + dHalf));
    }

    /** Whether the difference is known (each wave has at least 2 scores). */
    public boolean available() {
        return difference.available();
    }

    /** Whether the difference's 95% interval excludes 0; false when that interval is not available. */
    public boolean reliable() {
        return ciLow.available() && (ciLow.value() > 0 || ciHigh.value() < 0);
    }

    private static void requireFinite(double[] scores) {
        for (double score : scores) {
            if (!Double.isFinite(score)) {
                throw new IllegalArgumentException("a wave's scores must be finite (leave missing ones out), not " + score);
            }
        }
    }

    private static void requireSummary(double mean, double sd) {
        if (!Double.isFinite(mean) || !Double.isFinite(sd) || sd < 0) {
            throw new IllegalArgumentException("a wave needs a finite mean and a finite SD >= 0, not " + mean + " and " + sd);
        }
    }
}
