package org.concord.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.scoring.ScoringPlan;
import org.concord.scoring.StandardError;
import org.junit.jupiter.api.Test;

/** The reference statistics against the test vectors of shared/reference/psychometrics.md. */
class ScaleReferenceTest {

    private static final Questionnaire CHECK = QuestionnaireLoader
            .loadFile(Path.of("src/test/resources/scoring/scoring-check.v1.yaml")).questionnaire();
    private static final ScoringPlan PLAN = ScoringPlan.of(CHECK);
    private static final int[][] VECTOR = {{4, 5, 2, 4, 1}, {3, 4, 3, 3, 2}, {5, 5, 1, 4, 1}, {2, 3, 4, 2, 4},
        {4, 4, 2, 5, 2}, {3, 3, 3, 3, 3}, {5, 4, 1, 5, 2}, {2, 2, 5, 1, 5}};

    /** The vector's answers on the cooperation scale (the first five items), others unanswered. */
    private static List<int[]> respondents(int count) {
        List<int[]> respondents = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            int[] answers = new int[PLAN.itemCount()];
            Arrays.fill(answers, ScoringPlan.MISSING);
            int[] items = PLAN.itemsOf(0);
            for (int j = 0; j < items.length; j++) {
                answers[items[j]] = VECTOR[r][j];
            }
            respondents.add(answers);
        }
        return respondents;
    }

    @Test
    void theIntervalIsTheScorePlusOrMinus196SemWithTheSamplesAlphaAndSd() {
        ScaleReference reference = ScaleReference.of(PLAN, 0, respondents(8));

        assertEquals(0.9694602273, reference.alpha().value(), 1e-9);
        StandardError error = reference.standardError();
        assertEquals(1.2282391577, error.sd(), 1e-9);
        assertEquals(0.2146425600, error.sem(), 1e-9);
        assertNull(reference.noInterval());
        assertEquals(8, reference.sampleSize());
        assertEquals(100 * 0.5 / 8, reference.percentile(1.4).value(), 1e-9, "the lowest of 8 counts half of itself");
        assertEquals(100 * 7.5 / 8, reference.percentile(4.8).value(), 1e-9);
    }

    @Test
    void withOneRespondentThereIsNoIntervalAndNoPercentileAndTheReasonSaysWhy() {
        ScaleReference reference = ScaleReference.of(PLAN, 0, respondents(1));

        assertNull(reference.standardError());
        assertEquals(Reason.of("recruiter.na.fewCases", 1), reference.noInterval());
        assertEquals(Reason.of("recruiter.na.fewScores", 1), reference.noPercentile());
        assertTrue(!reference.percentile(3.0).available());
    }

    @Test
    void identicalAnswersGiveNoIntervalBecauseNothingVaries() {
        List<int[]> same = new ArrayList<>(respondents(6).subList(5, 6));
        same.add(same.get(0).clone());
        same.add(same.get(0).clone());

        ScaleReference reference = ScaleReference.of(PLAN, 0, same);

        assertEquals("recruiter.na.noVariance", reference.noInterval().key());
        assertEquals(Reason.of("recruiter.na.fewScores", 3), reference.noPercentile());
    }
}
