package org.concord.scoring;

/**
 * How precise a single score is (Dudek 1979): the standard error of measurement
 * SEM = SD * sqrt(1 - rxx), from the scale's SD and reliability in a reference sample, and the
 * 95% interval score +/- 1.96 SEM that reports draw around a respondent's score.
 *
 * @param sd  the SD of scale scores in the reference sample
 * @param rxx the scale's reliability (Cronbach's alpha) in that sample
 */
public record StandardError(double sd, double rxx) {

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

    /** The 95% interval around a score. */
    public Interval interval(double score) {
        double half = Z95 * sem();
        return new Interval(score - half, score + half);
    }

    /** A closed interval of scores, as drawn around a respondent's score. */
    public record Interval(double low, double high) {
    }
}
