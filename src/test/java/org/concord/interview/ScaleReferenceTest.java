package org.concord.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.scoring.NormGroup;
import org.concord.scoring.Reliability;
import org.concord.scoring.ScoringPlan;
import org.concord.scoring.StandardError;
import org.concord.scoring.Unavailable;
import org.junit.jupiter.api.Test;

/** The reference statistics against the test vectors, and what is shown at small n. */
class ScaleReferenceTest {

    private static final Questionnaire CHECK = QuestionnaireLoader
            .loadFile(Path.of("src/test/resources/scoring/scoring-check.v1.yaml")).questionnaire();
    private static final ScoringPlan PLAN = ScoringPlan.of(CHECK);
    private static final int[][] VECTOR = {{4, 5, 2, 4, 1}, {3, 4, 3, 3, 2}, {5, 5, 1, 4, 1}, {2, 3, 4, 2, 4},
        {4, 4, 2, 5, 2}, {3, 3, 3, 3, 3}, {5, 4, 1, 5, 2}, {2, 2, 5, 1, 5}};
    private static final int NORMS = 30;

    /** The vector's answers on the cooperation scale (the first five items), over and over; others unanswered. */
    private static List<int[]> respondents(int count) {
        List<int[]> respondents = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            int[] answers = new int[PLAN.itemCount()];
            Arrays.fill(answers, ScoringPlan.MISSING);
            int[] items = PLAN.itemsOf(0);
            for (int j = 0; j < items.length; j++) {
                answers[items[j]] = VECTOR[r % VECTOR.length][j];
            }
            respondents.add(answers);
        }
        return respondents;
    }

    private static double[] scores(List<int[]> respondents) {
        return respondents.stream().mapToDouble(a -> PLAN.scaleScore(a, 0)).filter(x -> !Double.isNaN(x)).toArray();
    }

    private static ScaleReference reference(List<int[]> respondents) {
        return ScaleReference.of(PLAN, 0, respondents, scores(respondents), NORMS);
    }

    @Test
    void theEngineStillComputesTheVectorsAlphaFromEightCases() {
        ScaleReference reference = reference(respondents(8));
        assertEquals(0.9694602273, reference.alpha().value(), 1e-9);
        assertEquals(8, reference.completeCases());
    }

    @Test
    void belowTenCompleteCasesAlphaAndTheIntervalAreNotShownAndTheCountIsGiven() {
        ScaleReference reference = reference(respondents(9));
        assertFalse(reference.shownAlpha().available());
        assertEquals(Unavailable.FEW_CASES_TO_SHOW, reference.shownAlpha().why());
        assertEquals(Reason.of("recruiter.na.fewCases", 9, 10), reference.noAlpha());
        assertNull(reference.standardError());
        assertEquals(Reason.of("recruiter.na.fewCases", 9, 10), reference.noInterval());
    }

    @Test
    void fromTenCompleteCasesTheIntervalIsTheScorePlusOrMinus196SemWithTheSamplesAlphaAndSd() {
        List<int[]> respondents = respondents(10);
        ScaleReference reference = reference(respondents);
        double alpha = Reliability.alpha(PLAN.completeCases(respondents, 0)).value();
        assertEquals(alpha, reference.shownAlpha().value(), 0.0);
        assertNull(reference.noAlpha());
        StandardError error = reference.standardError();
        assertEquals(NormGroup.ofSample(scores(respondents)).sd(), error.sd(), 1e-12);
        assertEquals(alpha, error.rxx(), 0.0);
        assertNull(reference.noInterval());
    }

    @Test
    void aNormGroupBelowTheMinimumGivesNoPercentileAndSaysItsN() {
        ScaleReference reference = reference(respondents(29));
        assertEquals(29, reference.sampleSize());
        assertFalse(reference.percentile(3.0).available());
        assertEquals(Unavailable.SMALL_NORM_GROUP, reference.percentile(3.0).why());
        assertEquals(Reason.of("recruiter.na.smallNormGroup", 29, 30), reference.noPercentile());
    }

    @Test
    void aNormGroupAtTheMinimumGivesThePercentileRank() {
        List<int[]> respondents = respondents(32);
        ScaleReference reference = reference(respondents);
        assertNull(reference.noPercentile());
        assertEquals(NormGroup.ofSample(scores(respondents)).percentileRank(1.4).value(), reference.percentile(1.4).value(), 0.0);
        assertEquals(100 * 2.0 / 32, reference.percentile(1.4).value(), 1e-9, "the 4 lowest of 32 count half");
    }

    @Test
    void aConfiguredMinimumBelowTwentyIsRaisedToTwenty() {
        List<int[]> respondents = respondents(19);
        ScaleReference reference = ScaleReference.of(PLAN, 0, respondents, scores(respondents), 5);
        assertEquals(Reason.of("recruiter.na.smallNormGroup", 19, 20), reference.noPercentile());
        List<int[]> twenty = respondents(20);
        assertTrue(ScaleReference.of(PLAN, 0, twenty, scores(twenty), 5).percentile(3.0).available());
    }

    @Test
    void withOneRespondentThereIsNoIntervalAndNoPercentileAndTheReasonSaysWhy() {
        ScaleReference reference = reference(respondents(1));
        assertNull(reference.standardError());
        assertEquals(Reason.of("recruiter.na.fewCases", 1, 10), reference.noInterval());
        assertEquals(Reason.of("recruiter.na.smallNormGroup", 1, 30), reference.noPercentile());
    }

    @Test
    void identicalAnswersGiveNoIntervalBecauseNothingVaries() {
        List<int[]> same = new ArrayList<>();
        for (int r = 0; r < 30; r++) {
            same.add(respondents(6).get(5).clone());
        }
        ScaleReference reference = reference(same);
        assertEquals("recruiter.na.noVariance", reference.noInterval().key());
        assertEquals(Reason.of("recruiter.na.fewScores", 30), reference.noPercentile());
    }

    @Test
    void theNormGroupIsTheStoredScoresNotARescoring() {
        List<int[]> respondents = respondents(30);
        double[] stored = new double[30];
        Arrays.fill(stored, 2.0);
        stored[0] = 4.0;
        ScaleReference reference = ScaleReference.of(PLAN, 0, respondents, stored, NORMS);
        assertEquals(100 * (29 + 0.5) / 30, reference.percentile(4.0).value(), 1e-9);
    }

    @Test
    void aNegativeAlphaGivesNoIntervalAndSaysTheItemsDoNotMeasureOneThing() {
        List<int[]> respondents = new ArrayList<>();
        int[] items = PLAN.itemsOf(0);
        for (int r = 0; r < 10; r++) {
            int x = 1 + r % 5;
            int[] answers = new int[PLAN.itemCount()];
            Arrays.fill(answers, ScoringPlan.MISSING);
            int[] keyedAgainstEachOther = {x, 6 - x, 3, x, 3};
            for (int j = 0; j < items.length; j++) {
                answers[items[j]] = keyedAgainstEachOther[j];
            }
            respondents.add(answers);
        }
        ScaleReference reference = reference(respondents);
        assertEquals(-2.5, reference.shownAlpha().value(), 1e-9, "5/4 (1 - 3 var(x) / var(x))");
        assertNull(reference.standardError());
        assertEquals(Reason.of("recruiter.na.negativeAlpha", "-2.50"), reference.noInterval());
    }
}
