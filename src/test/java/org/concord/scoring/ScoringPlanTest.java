package org.concord.scoring;

import static org.concord.scoring.Fixtures.EPS;
import static org.concord.scoring.Fixtures.M;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoringPlanTest {

    private final ScoringPlan plan = Fixtures.vectorPlan();

    @Test
    void keyingReproducesTheVectorsKeyedAnswers() {
        for (int r = 0; r < Fixtures.VECTOR.length; r++) {
            int[] keyed = new int[5];
            for (int j = 0; j < 5; j++) {
                keyed[j] = plan.keyed(0, j, Fixtures.VECTOR[r][j]);
            }
            assertArrayEquals(Fixtures.VECTOR_KEYED[r], keyed, "respondent " + (r + 1));
        }
    }

    @Test
    void scaleScoresReproduceTheVector() {
        for (int r = 0; r < Fixtures.VECTOR.length; r++) {
            assertEquals(Fixtures.VECTOR_SCORES[r], plan.scaleScore(Fixtures.VECTOR[r], 0), EPS, "respondent " + (r + 1));
        }
    }

    @Test
    void oneMissingAnswerOfFiveStillScores() {
        assertEquals(4.25, plan.scaleScore(new int[] {4, M, 2, 4, 1}, 0), EPS);
    }

    @Test
    void twoMissingAnswersOfFiveGiveNoScore() {
        assertTrue(Double.isNaN(plan.scaleScore(new int[] {4, M, M, 4, 1}, 0)));
    }

    @Test
    void allMissingGivesNoScoreNotZero() {
        assertTrue(Double.isNaN(plan.scaleScore(new int[] {M, M, M, M, M}, 0)));
    }

    @Test
    void aLenientScaleScoresFromASingleReversedAnswer() {
        ScoringPlan lenient = ScoringPlan.of(Fixtures.oneScale(1, 5, 4, 0.25));
        assertEquals(5.0, lenient.scaleScore(new int[] {M, 1, M, M}, 0), EPS);
    }

    @Test
    void neededAnswersFollowsTheFraction() {
        assertEquals(4, ScoringPlan.neededAnswers(5, 0.8));
        assertEquals(8, ScoringPlan.neededAnswers(10, 0.8));
        assertEquals(3, ScoringPlan.neededAnswers(3, 1.0));
        assertEquals(1, ScoringPlan.neededAnswers(3, 0.01));
    }

    @Test
    void sevenPointScaleReversesAroundEight() {
        ScoringPlan seven = ScoringPlan.of(Fixtures.oneScale(1, 7, 4, 0.8));
        assertEquals(1, seven.keyed(0, 1, 7));
        assertEquals(4, seven.keyed(0, 1, 4));
        // keyed: 7, 8-1=7, 6, 8-2=6
        assertEquals(6.5, seven.scaleScore(new int[] {7, 1, 6, 2}, 0), EPS);
    }

    @Test
    void zeroBasedFormatReversesAroundItsOwnEnds() {
        ScoringPlan zeroToFour = ScoringPlan.of(Fixtures.oneScale(0, 4, 3, 0.8));
        assertEquals(4, zeroToFour.keyed(0, 1, 0));
        assertEquals(0.0, zeroToFour.scaleScore(new int[] {0, 4, 0}, 0), EPS);
    }

    @Test
    void reverseKeyingTwiceIsTheIdentity() {
        ScoringPlan seven = ScoringPlan.of(Fixtures.oneScale(1, 7, 4, 0.8));
        for (int x = 1; x <= 7; x++) {
            assertEquals(x, seven.keyed(0, 1, seven.keyed(0, 1, x)));
        }
    }

    @Test
    void forwardItemsKeepTheirAnswer() {
        for (int x = 1; x <= 5; x++) {
            assertEquals(x, plan.keyed(0, 0, x));
        }
    }

    @Test
    void scoreIntoWritesAtTheOffset() {
        double[] scores = new double[3];
        Arrays.fill(scores, -1);
        plan.scoreInto(Fixtures.VECTOR[0], scores, 2);
        assertEquals(4.4, scores[2], EPS);
        assertEquals(-1, scores[0]);
    }

    @Test
    void itemIndexIsMinusOneForAnUnknownItem() {
        assertEquals(2, plan.itemIndex("i3"));
        assertEquals(-1, plan.itemIndex("nope"));
    }

    @Test
    void completeCasesLeaveOutRespondentsWithAMissingAnswerAndKeyTheRest() {
        double[][] columns = plan.completeCases(List.of(Fixtures.VECTOR[0], new int[] {4, M, 2, 4, 1}), 0);
        assertEquals(5, columns.length);
        assertEquals(1, columns[0].length);
        assertEquals(5.0, columns[4][0], EPS);
    }

    @Test
    void scoresOfRandomAnswersLieInTheFormat() {
        ScoringPlan seven = ScoringPlan.of(Fixtures.oneScale(1, 7, 6, 0.5));
        Random random = new Random(7);
        for (int trial = 0; trial < 1000; trial++) {
            int[] answers = random.ints(6, 0, 8).map(x -> x == 0 ? M : x).toArray();
            double score = seven.scaleScore(answers, 0);
            assertTrue(Double.isNaN(score) || score >= 1 && score <= 7, "score " + score);
        }
    }
}
