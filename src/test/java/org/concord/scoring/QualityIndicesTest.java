package org.concord.scoring;

import static org.concord.scoring.Fixtures.EPS;
import static org.concord.scoring.Fixtures.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;
import org.junit.jupiter.api.Test;

/**
 * The careless-responding indices against hand-worked values and an independent computation
 * (a Gauss-Jordan inverse written here), with the edge cases: all answers equal, one scale,
 * more items than complete cases, a singular covariance, attention items left out.
 */
class QualityIndicesTest {

    /**
     * Scales a, b, c of two items each (a2 and c1 reverse-keyed, 1..5), file order
     * a1 a2 check b1 b2 c1 c2, with the attention item "check" (asks for 4) third.
     */
    static Questionnaire threeScales() {
        List<Scale> scales = new ArrayList<>();
        for (String s : List.of("a", "b", "c")) {
            scales.add(Fixtures.scale(s, null, 0.5, Fixtures.bands(1, 3, 5)));
        }
        List<Item> items = List.of(Fixtures.item("a1", "a", false), Fixtures.item("a2", "a", true),
                Item.attention("check", Fixtures.text("Choose 4"), 4),
                Fixtures.item("b1", "b", false), Fixtures.item("b2", "b", false),
                Fixtures.item("c1", "c", true), Fixtures.item("c2", "c", false));
        return Fixtures.questionnaire(Fixtures.format(1, 5), scales, items, null);
    }

    private static QualityIndices indices(Questionnaire questionnaire, int[]... sample) {
        return QualityIndices.of(ScoringPlan.of(questionnaire), List.of(sample));
    }

    @Test
    void longstringIsTheLongestRunOfEqualRawAnswersSkippingAttentionItems() {
        QualityIndices indices = indices(threeScales());
        // a1 a2 [check] b1 b2 c1 c2: the run 3 3 | 3 3 crosses the attention item
        assertEquals(4, indices.quality(new int[] {3, 3, 1, 3, 3, 2, 2}).longstring());
        assertEquals(2, indices.quality(new int[] {3, 3, 1, 4, 3, 2, 2}).longstring());
    }

    @Test
    void anUnansweredItemEndsARun() {
        QualityIndices indices = indices(threeScales());
        assertEquals(2, indices.quality(new int[] {3, 3, 4, M, 3, 3, 1}).longstring());
        assertEquals(0, indices.quality(new int[] {M, M, 4, M, M, M, M}).longstring());
        assertEquals(1, indices.quality(new int[] {M, 5, 4, M, M, M, M}).longstring());
    }

    @Test
    void irvIsTheSampleSdOfTheRawAnswersGiven() {
        QualityIndices indices = indices(threeScales());
        // raw answers 1 2 3 4 5 (check and the missing c2 left out): mean 3, squares 10, 10/4
        assertEquals(Math.sqrt(2.5), indices.quality(new int[] {1, 2, 4, 3, 4, 5, M}).irv().value(), EPS);
        assertEquals(0.0, indices.quality(new int[] {2, 2, 4, 2, 2, 2, 2}).irv().value(), 0.0);
    }

    @Test
    void irvNeedsTwoAnswers() {
        Estimate irv = indices(threeScales()).quality(new int[] {M, 5, 4, M, M, M, M}).irv();
        assertEquals(Unavailable.FEW_ANSWERS, irv.why());
        assertEquals(List.of(1), irv.arguments());
    }

    @Test
    void evenoddCorrelatesTheHalfMeansOfKeyedAnswersAcrossScales() {
        // keyed: a (1, 1), b (2, 4), c (5, 4) -> odd halves 1 2 5, even halves 1 4 4
        // a2 raw 5 keys to 1; c1 raw 1 keys to 5.
        // deviations odd -5/3 -2/3 7/3, even -2 1 1: sxy 5, sxx 78/9, syy 6, r = 5 / sqrt(52)
        double r = 5 / Math.sqrt(52);
        Estimate evenodd = indices(threeScales()).quality(new int[] {1, 5, 2, 2, 4, 1, 4}).evenodd();
        assertEquals(2 * r / (1 + r), evenodd.value(), EPS);
        assertEquals(0.8189269, evenodd.value(), 1e-7);
    }

    @Test
    void evenoddNeedsThreeScalesWithBothHalvesAnswered() {
        Estimate evenodd = indices(threeScales()).quality(new int[] {1, 5, 2, 2, M, 1, 4}).evenodd();
        assertEquals(Unavailable.FEW_HALVED_SCALES, evenodd.why());
        assertEquals(List.of(2), evenodd.arguments());
    }

    @Test
    void evenoddOfOneScaleIsNotAvailable() {
        Questionnaire one = Fixtures.oneScale(1, 5, 6, 0.8);
        Estimate evenodd = indices(one).quality(new int[] {1, 2, 3, 4, 5, 1}).evenodd();
        assertEquals(Unavailable.FEW_HALVED_SCALES, evenodd.why());
        assertEquals(List.of(1), evenodd.arguments());
    }

    @Test
    void evenoddOfAllAnswersEqualIsNotAvailableSinceTheHalvesDoNotVary() {
        ResponseQuality quality = indices(threeScales()).quality(new int[] {3, 3, 3, 3, 3, 3, 3});
        assertEquals(Unavailable.HALVES_CONSTANT, quality.evenodd().why());
        assertEquals(6, quality.longstring());
        assertEquals(0.0, quality.irv().value(), 0.0);
    }

    @Test
    void evenoddTakesOddAndEvenPositionsWithinEachScale() {
        // one scale of 5 items s1..s5 (s2, s4 reversed) twice over: odd = positions 1, 3, 5
        List<Scale> scales = List.of(Fixtures.scale("x", null, 0.5, Fixtures.bands(1, 3, 5)),
                Fixtures.scale("y", null, 0.5, Fixtures.bands(1, 3, 5)),
                Fixtures.scale("z", null, 0.5, Fixtures.bands(1, 3, 5)));
        List<Item> items = new ArrayList<>();
        for (String s : List.of("x", "y", "z")) {
            for (int i = 1; i <= 3; i++) {
                items.add(Fixtures.item(s + i, s, i == 2));
            }
        }
        Questionnaire q = Fixtures.questionnaire(Fixtures.format(1, 5), scales, items, null);
        // x: 1 5(->1) 3 -> odd (1+3)/2 = 2, even 1; y: 4 2(->4) 4 -> 4, 4; z: 5 3(->3) 1 -> 3, 3
        // odd 2 4 3, even 1 4 3: deviations -1 1 0 and -5/3 4/3 1/3: sxy 3, sxx 2, syy 42/9
        double r = 3 / Math.sqrt(2 * 42 / 9.0);
        Estimate evenodd = indices(q).quality(new int[] {1, 5, 3, 4, 2, 4, 5, 3, 1}).evenodd();
        assertEquals(2 * r / (1 + r), evenodd.value(), EPS);
    }

    @Test
    void mahalanobisOfTwoItemsByTheTwoByTwoInverse() {
        // one scale of two items, i2 reverse-keyed
        Questionnaire q = twoItems();
        int[][] sample = {{1, 2}, {2, 1}, {3, 3}, {2, 2}, {4, 5}};
        // keyed (i2 reversed, 6 - x): (1,4) (2,5) (3,3) (2,4) (4,1); means 2.4, 3.4
        // deviations x: -1.4 -0.4 0.6 -0.4 1.6; y: 0.6 1.6 -0.4 0.6 -2.4
        // sxx = 5.2/4 = 1.3, syy = 9.2/4 = 2.3, sxy = -5.8/4 = -1.45, det = 2.99 - 2.1025 = 0.8875
        double sxx = 1.3;
        double syy = 2.3;
        double sxy = -1.45;
        double det = sxx * syy - sxy * sxy;
        double dx = 4 - 2.4;
        double dy = 1 - 3.4;
        double expected = (syy * dx * dx - 2 * sxy * dx * dy + sxx * dy * dy) / det;
        assertEquals(expected, indices(q, sample).quality(new int[] {4, 5}).mahalanobis().value(), EPS);
    }

    private static Questionnaire twoItems() {
        return Fixtures.questionnaire(Fixtures.format(1, 5), List.of(Fixtures.scale("s", null, 0.5, Fixtures.bands(1, 3, 5))),
                List.of(Fixtures.item("i1", "s", false), Fixtures.item("i2", "s", true)), null);
    }

    @Test
    void mahalanobisEqualsAnIndependentGaussJordanComputationOnGeneratedData() {
        Questionnaire q = threeScales();
        Random random = new Random(17);
        List<int[]> sample = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            int[] answers = new int[7];
            for (int i = 0; i < 7; i++) {
                answers[i] = random.nextInt(9) == 0 ? M : 1 + random.nextInt(5);
            }
            sample.add(answers);
        }
        QualityIndices indices = QualityIndices.of(ScoringPlan.of(q), sample);
        int[] scored = {0, 1, 3, 4, 5, 6};
        boolean[] reversed = {false, true, false, false, true, false};
        List<double[]> complete = new ArrayList<>();
        for (int[] answers : sample) {
            double[] row = new double[6];
            boolean full = true;
            for (int j = 0; j < 6; j++) {
                int x = answers[scored[j]];
                full &= x != M;
                row[j] = reversed[j] ? 6 - x : x;
            }
            if (full) {
                complete.add(row);
            }
        }
        assertEquals(complete.size(), indices.completeCases());
        assertTrue(complete.size() > 6, "the seed gives enough complete cases: " + complete.size());
        double[][] inverse = GaussJordan.inverse(GaussJordan.covariance(complete));
        double[] mean = GaussJordan.mean(complete);
        int checked = 0;
        for (int[] answers : sample) {
            Estimate d2 = indices.quality(answers).mahalanobis();
            boolean full = java.util.Arrays.stream(scored).allMatch(i -> answers[i] != M);
            assertEquals(full, d2.available(), d2.toString());
            if (full) {
                double[] row = new double[6];
                for (int j = 0; j < 6; j++) {
                    row[j] = (reversed[j] ? 6 - answers[scored[j]] : answers[scored[j]]) - mean[j];
                }
                assertEquals(GaussJordan.quadraticForm(inverse, row), d2.value(), 1e-9);
                checked++;
            }
        }
        assertEquals(complete.size(), checked);
    }

    @Test
    void mahalanobisOfARespondentWithAnUnansweredItemIsNotAvailable() {
        int[][] sample = {{1, 2}, {2, 1}, {3, 3}, {2, 2}, {4, 5}};
        Estimate d2 = indices(twoItems(), sample).quality(new int[] {4, M}).mahalanobis();
        assertEquals(Unavailable.UNANSWERED_ITEM, d2.why());
    }

    @Test
    void mahalanobisNeedsMoreCompleteCasesThanItems() {
        int[][] sample = {{1, 2}, {2, 1}, {3, M}};
        Estimate d2 = indices(twoItems(), sample).quality(new int[] {1, 2}).mahalanobis();
        assertEquals(Unavailable.FEW_COMPLETE_CASES, d2.why());
        assertEquals(List.of(2, 2), d2.arguments());
        assertEquals("needs more complete cases than items: 2 complete cases for 2 items", d2.reason());
    }

    @Test
    void mahalanobisWithASingularCovarianceIsNotAvailable() {
        // i2 raw always 6 - i1: keyed, both items are the same answer, so S is singular
        int[][] collinear = {{1, 5}, {2, 4}, {3, 3}, {5, 1}};
        assertEquals(Unavailable.SINGULAR_COVARIANCE,
                indices(twoItems(), collinear).quality(new int[] {1, 5}).mahalanobis().why());
        int[][] constant = {{1, 3}, {2, 3}, {3, 3}, {5, 3}};
        assertEquals(Unavailable.SINGULAR_COVARIANCE,
                indices(twoItems(), constant).quality(new int[] {1, 3}).mahalanobis().why());
    }

    @Test
    void theIndicesRunOverTheScoredItemsOnly() {
        QualityIndices indices = indices(threeScales());
        assertEquals(6, indices.itemCount());
        assertEquals(5, indices.answered(new int[] {1, 2, 4, 3, 4, 5, M}));
        assertFalse(indices.quality(new int[] {1, 2, 4, 3, 4, 5, M}).mahalanobis().available());
    }
}
