package org.concord.scoring;

/**
 * How precise a single score is (Dudek 1979): the standard error of measurement
 * SEM = SD * sqrt(1 - rxx), from the scale's SD and reliability in a reference sample, and the
 * 95% interval score +/- 1.96 SEM that reports draw around a respondent's score, clipped to the
 * response range [lo, hi] because a true score cannot lie outside it (4.75 +/- 1.0 on a 1..5
 * scale is 3.75 to 5.00, never 5.75).
 *
 * @param sd  the SD of scale scores in the reference sample
 * @param rxx the scale's reliability (Cronbach's alpha) in that sample
 */
public record StandardError(double sd, double rxx) implements java.io.Serializable {

    /** The z value of a two-sided 95% interval. */
    public static final double Z95 = 1.96;

    public StandardError {
        if (!(sd >= 0) || !(rxx <= 1)) {
            throw new IllegalArgumentException("needs sd >= 0 and rxx <= 1, got sd " + sd + ", rxx " + rxx);
        }
    }

    public double sem() {
        return sd * Math.sqrt(1 - rxx);
    }

    /** The 95% interval around a score, clipped to the response range {@code lo..hi}. */
    public Interval interval(double score, int lo, int hi) {
        if (lo > hi) {
            throw new IllegalArgumentException("a response range needs lo <= hi, got " + lo + ".." + hi);
        }
        double half = Z95 * sem();
        return new Interval(Math.min(hi, Math.max(lo, score - half)), Math.max(lo, Math.min(hi, score + half)));
    }

    /** A closed interval of scores, as drawn around a respondent's score. */
    public record Interval(double low, double high) {
    }
}
