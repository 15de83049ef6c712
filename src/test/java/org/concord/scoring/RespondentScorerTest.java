package org.concord.scoring;

import static org.concord.scoring.Fixtures.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RespondentScorerTest {

    private final RespondentScorer scorer = new RespondentScorer(Fixtures.vectorPlan());

    @Test
    void scoresAnswersGivenByItemId() {
        ScaleScore score = scorer.score(Map.of("i1", 4, "i2", 5, "i3", 2, "i4", 4, "i5", 1)).get("vector");
        assertEquals(4.4, score.value(), EPS);
        assertEquals(5, score.answered());
        assertNull(score.reason());
    }

    @Test
    void anAbsentItemIsUnanswered() {
        ScaleScore score = scorer.score(Map.of("i1", 4, "i3", 2, "i4", 4, "i5", 1)).get("vector");
        assertEquals(4.25, score.value(), EPS);
    }

    @Test
    void aNullAnswerIsUnanswered() {
        Map<String, Integer> answers = new HashMap<>(Map.of("i1", 4, "i4", 4, "i5", 1));
        answers.put("i2", null);
        ScaleScore score = scorer.score(answers).get("vector");
        assertTrue(score.missing());
        assertEquals(3, score.answered());
    }

    @Test
    void aMissingScoreSaysWhy() {
        ScaleScore score = scorer.score(Map.of("i1", 4, "i4", 4, "i5", 1)).get("vector");
        assertEquals("3 of 5 items answered; a score needs at least 4", score.reason());
    }

    @Test
    void refusesAnUnknownItem() {
        assertThrows(IllegalArgumentException.class, () -> scorer.score(Map.of("i9", 3)));
    }

    @Test
    void refusesAnAnswerOutsideTheFormat() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> scorer.score(Map.of("i1", 6)));
        assertTrue(e.getMessage().contains("1..5"), e.getMessage());
    }
}
