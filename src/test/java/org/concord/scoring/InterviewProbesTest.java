package org.concord.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

class InterviewProbesTest {

    private final Questionnaire cooperativeness = Fixtures.questionnaire(Fixtures.format(1, 5),
            List.of(Fixtures.scale("cooperation", null, 0.8, Fixtures.bands(1, 2.5, 5)),
                    Fixtures.scale("altruism", null, 0.8, Fixtures.bands(1, 2.5, 5)),
                    Fixtures.scale("trust", null, 0.8, Fixtures.bands(1, 2.5, 5))),
            List.of(), null);

    private static ScaleScore score(String scale, double value) {
        return new ScaleScore(scale, value, 4, 4, 4);
    }

    @Test
    void probesTheScalesThatCameOutLow() {
        List<LowScale> low = InterviewProbes.of(cooperativeness, Map.of("cooperation", score("cooperation", 2.0),
                "altruism", score("altruism", 4.0), "trust", score("trust", 1.5)));
        assertEquals(List.of("cooperation", "trust"), low.stream().map(l -> l.scale().id()).toList());
        assertEquals("Probe cooperation", low.get(0).probes().get(0).in("en"));
        assertEquals("low", low.get(1).band().id());
    }

    @Test
    void aScoreAtTheBandBoundaryIsNotLow() {
        assertTrue(InterviewProbes.of(cooperativeness, Map.of("trust", score("trust", 2.5))).isEmpty());
    }

    @Test
    void missingScoresRaiseNoProbes() {
        assertTrue(InterviewProbes.of(cooperativeness, Map.of("trust", score("trust", Double.NaN))).isEmpty());
    }
}
