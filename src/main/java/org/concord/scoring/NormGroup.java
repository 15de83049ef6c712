package org.concord.scoring;

import java.util.Arrays;

/**
 * A reference sample that a score is compared with ("team leads in logistics", "all
 * candidates 2024"): percentile rank = 100 (count below + half the count equal) / N, z against
 * the sample's mean and SD (n-1), and T = 50 + 10 z. A norm group known only by its mean and SD
 * gives z and T but no percentile rank.
 */
public final class NormGroup {

    private final double[] sorted;
    private final double mean;
    private final double sd;

    private NormGroup(double[] sorted, double mean, double sd) {
        if (!(sd > 0)) {
            throw new IllegalArgumentException("a norm group needs a positive SD, has " + sd);
        }
        this.sorted = sorted;
        this.mean = mean;
        this.sd = sd;
    }

    /** A norm group from its sample (at least two values that are not all equal). */
    public static NormGroup ofSample(double[] sample) {
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        return new NormGroup(sorted, Stats.mean(sorted), Stats.sd(sorted));
    }

    /** A norm group known only by its published mean and SD. */
    public static NormGroup ofMeanAndSd(double mean, double sd) {
        return new NormGroup(null, mean, sd);
    }

    public double mean() {
        return mean;
    }

    public double sd() {
        return sd;
    }

    public double z(double score) {
        return (score - mean) / sd;
    }

    public double t(double score) {
        return 50 + 10 * z(score);
    }

    /** 100 (count below + half count equal) / N; not available without a sample. */
    public Estimate percentileRank(double score) {
        if (sorted == null) {
            return Estimate.notAvailable(Unavailable.NO_SAMPLE);
        }
        int below = 0;
        int equal = 0;
        for (double x : sorted) {
            if (x < score) {
                below++;
            } else if (x == score) {
                equal++;
            }
        }
        return Estimate.of(100 * (below + 0.5 * equal) / sorted.length);
    }
}
