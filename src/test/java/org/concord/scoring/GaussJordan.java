package org.concord.scoring;

import java.util.List;

/**
 * A textbook reference for the Mahalanobis tests, independent of the engine's Cholesky code:
 * mean, sample covariance (n - 1) and a Gauss-Jordan inverse with partial pivoting.
 */
final class GaussJordan {

    private GaussJordan() {
    }

    static double[] mean(List<double[]> rows) {
        double[] mean = new double[rows.get(0).length];
        for (double[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < mean.length; j++) {
            mean[j] /= rows.size();
        }
        return mean;
    }

    static double[][] covariance(List<double[]> rows) {
        double[] mean = mean(rows);
        int p = mean.length;
        double[][] cov = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double sum = 0;
                for (double[] row : rows) {
                    sum += (row[i] - mean[i]) * (row[j] - mean[j]);
                }
                cov[i][j] = sum / (rows.size() - 1);
            }
        }
        return cov;
    }

    static double[][] inverse(double[][] matrix) {
        int p = matrix.length;
        double[][] a = new double[p][2 * p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(matrix[i], 0, a[i], 0, p);
            a[i][p + i] = 1;
        }
        for (int c = 0; c < p; c++) {
            int pivot = c;
            for (int r = c + 1; r < p; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] swap = a[c];
            a[c] = a[pivot];
            a[pivot] = swap;
            double d = a[c][c];
            for (int j = 0; j < 2 * p; j++) {
                a[c][j] /= d;
            }
            for (int r = 0; r < p; r++) {
                if (r != c) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * p; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[][] inverse = new double[p][p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(a[i], p, inverse[i], 0, p);
        }
        return inverse;
    }

    static double quadraticForm(double[][] matrix, double[] x) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                sum += x[i] * matrix[i][j] * x[j];
            }
        }
        return sum;
    }
}
