package org.concord.scoring;

/**
 * The descriptive statistics every other class builds on: mean, sample variance (n-1) and
 * Pearson correlation of double arrays, computed in two passes for accuracy. NaN marks a value
 * that is undefined (the variance of fewer than two values).
 */
public final class Stats {

    private Stats() {
    }

    public static double mean(double[] x) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** Sample variance with n-1 in the denominator; NaN for fewer than two values. */
    static double variance(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double mean = mean(x);
        double squares = 0;
        for (double v : x) {
            squares += (v - mean) * (v - mean);
        }
        return squares / (x.length - 1);
    }

    public static double sd(double[] x) {
        return Math.sqrt(variance(x));
    }

    /** Sample covariance (n-1) of two equally long arrays; NaN for fewer than two pairs. */
    static double covariance(double[] x, double[] y) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double mx = mean(x);
        double my = mean(y);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - mx) * (y[i] - my);
        }
        return sum / (x.length - 1);
    }
}
