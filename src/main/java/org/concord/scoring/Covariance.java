package org.concord.scoring;

/**
 * The mean vector and the inverse of the sample covariance matrix (n - 1) of a set of cases,
 * the two things a Mahalanobis distance needs. The inverse comes from a Cholesky decomposition;
 * a matrix that is not positive definite within a relative tolerance (a constant item, or an
 * item that is a linear combination of others) is singular, and then there is no inverse.
 */
final class Covariance {

    /** A pivot below this fraction of its diagonal element counts as zero. */
    static final double TOLERANCE = 1e-10;

    private final double[] mean;
    private final double[][] lower;

    private Covariance(double[] mean, double[][] lower) {
        this.mean = mean;
        this.lower = lower;
    }

    /** The covariance of {@code cases} (rows, each as long as the others), or null when it is singular or n < 2. */
    static Covariance of(double[][] cases) {
        int n = cases.length;
        if (n < 2) {
            return null;
        }
        int p = cases[0].length;
        double[] mean = new double[p];
        for (double[] row : cases) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[][] cov = new double[p][p];
        for (double[] row : cases) {
            for (int i = 0; i < p; i++) {
                for (int j = 0; j <= i; j++) {
                    cov[i][j] += (row[i] - mean[i]) * (row[j] - mean[j]) / (n - 1);
                }
            }
        }
        double[][] lower = new double[p][p];
        for (int j = 0; j < p; j++) {
            double pivot = cov[j][j];
            for (int k = 0; k < j; k++) {
                pivot -= lower[j][k] * lower[j][k];
            }
            if (!(cov[j][j] > 0) || !(pivot > TOLERANCE * cov[j][j])) {
                return null;
            }
            lower[j][j] = Math.sqrt(pivot);
            for (int i = j + 1; i < p; i++) {
                double sum = cov[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= lower[i][k] * lower[j][k];
                }
                lower[i][j] = sum / lower[j][j];
            }
        }
        return new Covariance(mean, lower);
    }

    /** D² = (x - mean)' S^-1 (x - mean), as the squared length of L^-1 (x - mean). */
    double distanceSquared(double[] x) {
        int p = mean.length;
        double[] z = new double[p];
        double d2 = 0;
        for (int i = 0; i < p; i++) {
            double sum = x[i] - mean[i];
            for (int k = 0; k < i; k++) {
                sum -= lower[i][k] * z[k];
            }
            z[i] = sum / lower[i][i];
            d2 += z[i] * z[i];
        }
        return d2;
    }
}
