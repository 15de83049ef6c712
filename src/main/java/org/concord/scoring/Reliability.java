package org.concord.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Cronbach's alpha and the item analysis around it, as psych::alpha computes them: sample
 * (n-1) covariances of the keyed items over complete cases, alpha = k/(k-1) (1 - sum var_i /
 * var_total), alpha if item deleted, and the corrected item-total correlation. Input is by
 * column, {@code columns[item][case]}, as {@link ScoringPlan#completeCases} gives it.
 */
public final class Reliability {

    private Reliability() {
    }

    /** Alpha alone, in one pass over the data; the fast path for large samples. */
    public static Estimate alpha(double[][] columns) {
        int k = columns.length;
        int n = k == 0 ? 0 : columns[0].length;
        Estimate unavailable = unavailable(n, k);
        if (unavailable != null) {
            return unavailable;
        }
        double[] totals = new double[n];
        double itemVariances = 0;
        for (double[] column : columns) {
            itemVariances += Stats.variance(column);
            for (int r = 0; r < n; r++) {
                totals[r] += column[r];
            }
        }
        return alpha(k, itemVariances, Stats.variance(totals));
    }

    /** Alpha, and for each item its mean, SD, corrected item-total r and alpha if deleted. */
    public static ScaleQuality quality(String scale, List<String> itemIds, double[][] columns) {
        int k = columns.length;
        int n = k == 0 ? 0 : columns[0].length;
        double[][] cov = new double[k][k];
        double total = 0;
        double diagonal = 0;
        double[] rowSums = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                cov[i][j] = j < i ? cov[j][i] : Stats.covariance(columns[i], columns[j]);
                rowSums[i] += cov[i][j];
            }
            total += rowSums[i];
            diagonal += cov[i][i];
        }
        Estimate unavailable = unavailable(n, k);
        Estimate alpha = unavailable != null ? unavailable : alpha(k, diagonal, total);
        List<ItemQuality> items = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double restTotal = total - 2 * rowSums[i] + cov[i][i];
            Estimate ifDeleted = unavailable(n, k - 1) != null ? unavailable(n, k - 1)
                    : alpha(k - 1, diagonal - cov[i][i], restTotal);
            items.add(new ItemQuality(itemIds.get(i), Stats.mean(columns[i]), Math.sqrt(cov[i][i]),
                    itemTotal(n, k, rowSums[i] - cov[i][i], cov[i][i], restTotal), ifDeleted));
        }
        return new ScaleQuality(scale, n, alpha, items);
    }

    private static Estimate unavailable(int n, int k) {
        if (n < 2) {
            return Estimate.notAvailable(Unavailable.FEW_CASES, n);
        }
        if (k < 2) {
            return Estimate.notAvailable(Unavailable.FEW_ITEMS, k);
        }
        return null;
    }

    private static Estimate alpha(int k, double itemVariances, double totalVariance) {
        if (!(totalVariance > 0)) {
            return Estimate.notAvailable(Unavailable.TOTAL_CONSTANT);
        }
        return Estimate.of((double) k / (k - 1) * (1 - itemVariances / totalVariance));
    }

    private static Estimate itemTotal(int n, int k, double covWithRest, double itemVariance, double restVariance) {
        if (n < 2 || k < 2) {
            return n < 2 ? Estimate.notAvailable(Unavailable.FEW_CASES, n) : Estimate.notAvailable(Unavailable.NO_OTHER_ITEM);
        }
        if (!(itemVariance > 0) || !(restVariance > 0)) {
            return Estimate.notAvailable(itemVariance > 0 ? Unavailable.REST_CONSTANT : Unavailable.ITEM_CONSTANT);
        }
        return Estimate.of(covWithRest / Math.sqrt(itemVariance * restVariance));
    }
}
