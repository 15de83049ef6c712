package org.concord.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;

/**
 * Computes the {@link ResponseQuality} of respondents to one questionnaire version, over its
 * scored items in questionnaire (file) order; attention items take no part. Raw answers are
 * as given; keyed answers have reverse-keyed items flipped (lo + hi - x), as the scale scores
 * do. longstring is the longest run of equal raw answers, an unanswered item ending a run (0
 * when nothing is answered); irv is the SD (n - 1) of the raw answers given, not available
 * below 2; evenodd takes, per scale with both halves answered, the mean of the keyed answers at
 * its odd positions (1st, 3rd, ... of the scale's items) and at its even positions, correlates
 * the two across those scales (Pearson) and corrects it to 2r / (1 + r), not available below 3
 * such scales or when a half's means do not vary; mahalanobis is D² = (x - m)' S^-1 (x - m) of
 * the keyed answers, m and S (n - 1) those of the reference sample's complete cases (the
 * respondent among them when complete), not available for a respondent with an unanswered item,
 * with no more complete cases than items, or with a singular S.
 */
public final class QualityIndices {

    private static final int MIN_HALVED_SCALES = 3;

    private final ScoringPlan plan;
    private final int[] scored;
    private final int[][] odd;
    private final int[][] even;
    private final int[] flip;
    private final int completeCases;
    private final Covariance covariance;

    private QualityIndices(ScoringPlan plan, List<int[]> sample) {
        this.plan = plan;
        Questionnaire questionnaire = plan.questionnaire();
        List<Item> items = questionnaire.items();
        int lo = questionnaire.responseFormat().lo();
        int hi = questionnaire.responseFormat().hi();
        flip = new int[items.size()];
        List<Integer> scoredIndices = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            flip[i] = items.get(i).reversed() ? lo + hi : 0;
            if (!items.get(i).attention()) {
                scoredIndices.add(i);
            }
        }
        scored = scoredIndices.stream().mapToInt(Integer::intValue).toArray();
        odd = new int[plan.scaleCount()][];
        even = new int[plan.scaleCount()][];
        for (int s = 0; s < plan.scaleCount(); s++) {
            int[] own = plan.itemsOf(s);
            odd[s] = new int[(own.length + 1) / 2];
            even[s] = new int[own.length / 2];
            for (int j = 0; j < own.length; j++) {
                (j % 2 == 0 ? odd[s] : even[s])[j / 2] = own[j];
            }
        }
        List<double[]> complete = new ArrayList<>();
        for (int[] answers : sample) {
            if (complete(answers)) {
                complete.add(keyedScored(answers));
            }
        }
        completeCases = complete.size();
        covariance = completeCases > scored.length ? Covariance.of(complete.toArray(double[][]::new)) : null;
    }

    /**
     * The calculator for {@code plan}'s questionnaire, with {@code sample} (answers in plan item
     * order) as the reference for Mahalanobis D²: the answers of the same questionnaire version.
     */
    public static QualityIndices of(ScoringPlan plan, List<int[]> sample) {
        return new QualityIndices(plan, sample);
    }

    public ScoringPlan plan() {
        return plan;
    }

    /** How many items the indices run over (the scored ones): the degrees of freedom of D². */
    public int itemCount() {
        return scored.length;
    }

    /** How many of the reference sample's answers are complete (every scored item answered). */
    public int completeCases() {
        return completeCases;
    }

    /** The four indices for one respondent's answers (plan item order). */
    public ResponseQuality quality(int[] answers) {
        return new ResponseQuality(longstring(answers), irv(answers), evenodd(answers), mahalanobis(answers));
    }

    /** How many scored items are answered. */
    public int answered(int[] answers) {
        int count = 0;
        for (int i : scored) {
            if (answers[i] != ScoringPlan.MISSING) {
                count++;
            }
        }
        return count;
    }

    int longstring(int[] answers) {
        int longest = 0;
        int run = 0;
        int previous = ScoringPlan.MISSING;
        for (int i : scored) {
            int x = answers[i];
            run = x == ScoringPlan.MISSING ? 0 : x == previous ? run + 1 : 1;
            previous = x;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    Estimate irv(int[] answers) {
        double[] given = new double[answered(answers)];
        int at = 0;
        for (int i : scored) {
            if (answers[i] != ScoringPlan.MISSING) {
                given[at++] = answers[i];
            }
        }
        return given.length < 2 ? Estimate.notAvailable(Unavailable.FEW_ANSWERS, given.length) : Estimate.of(Stats.sd(given));
    }

    Estimate evenodd(int[] answers) {
        double[] odds = new double[odd.length];
        double[] evens = new double[odd.length];
        int halved = 0;
        for (int s = 0; s < odd.length; s++) {
            double o = keyedMean(answers, odd[s]);
            double e = keyedMean(answers, even[s]);
            if (!Double.isNaN(o) && !Double.isNaN(e)) {
                odds[halved] = o;
                evens[halved] = e;
                halved++;
            }
        }
        if (halved < MIN_HALVED_SCALES) {
            return Estimate.notAvailable(Unavailable.FEW_HALVED_SCALES, halved);
        }
        double[] x = Arrays.copyOf(odds, halved);
        double[] y = Arrays.copyOf(evens, halved);
        double vx = Stats.variance(x);
        double vy = Stats.variance(y);
        if (!(vx > 0) || !(vy > 0)) {
            return Estimate.notAvailable(Unavailable.HALVES_CONSTANT);
        }
        double r = Math.max(-1, Math.min(1, Stats.covariance(x, y) / Math.sqrt(vx * vy)));
        if (r <= -1) {
            return Estimate.notAvailable(Unavailable.HALVES_OPPOSITE);
        }
        return Estimate.of(2 * r / (1 + r));
    }

    Estimate mahalanobis(int[] answers) {
        if (!complete(answers)) {
            return Estimate.notAvailable(Unavailable.UNANSWERED_ITEM);
        }
        if (completeCases <= scored.length) {
            return Estimate.notAvailable(Unavailable.FEW_COMPLETE_CASES, completeCases, scored.length);
        }
        if (covariance == null) {
            return Estimate.notAvailable(Unavailable.SINGULAR_COVARIANCE);
        }
        return Estimate.of(covariance.distanceSquared(keyedScored(answers)));
    }

    private boolean complete(int[] answers) {
        return answered(answers) == scored.length;
    }

    private double[] keyedScored(int[] answers) {
        double[] keyed = new double[scored.length];
        for (int j = 0; j < scored.length; j++) {
            keyed[j] = keyed(answers, scored[j]);
        }
        return keyed;
    }

    private int keyed(int[] answers, int item) {
        return flip[item] == 0 ? answers[item] : flip[item] - answers[item];
    }

    /** The mean of the keyed answers given to {@code items}; NaN when none is answered. */
    private double keyedMean(int[] answers, int[] items) {
        int sum = 0;
        int n = 0;
        for (int i : items) {
            if (answers[i] != ScoringPlan.MISSING) {
                sum += keyed(answers, i);
                n++;
            }
        }
        return n == 0 ? Double.NaN : (double) sum / n;
    }
}
