package org.concord.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Scale;
import org.junit.jupiter.api.Test;

/** The combined panel score: the mean of the submitted raters' scale scores, with how many there are. */
class PanelScoreTest {

    private static final List<Scale> SCALES = Recruiting.INTERVIEW.scales();

    @Test
    void eachScaleIsTheMeanOfTheRatersWhoHaveAScoreOnIt() {
        String first = SCALES.get(0).id();
        String second = SCALES.get(1).id();
        Map<String, Double> ann = new HashMap<>(Map.of(first, 4.0, second, 2.5));
        Map<String, Double> bob = new HashMap<>(Map.of(first, 3.0));
        bob.put(second, null); // too few questions rated for a score
        Map<String, Double> cy = Map.of(first, 2.0, second, Double.NaN);

        List<PanelScore> combined = PanelScore.combine(SCALES, List.of(ann, bob, cy));

        assertEquals(SCALES.size(), combined.size());
        assertEquals(SCALES.get(0), combined.get(0).scale());
        assertEquals(3.0, combined.get(0).mean(), 1e-12);
        assertEquals(3, combined.get(0).raters());
        assertEquals(2.5, combined.get(1).mean(), 1e-12, "a rater without a score on the scale does not count");
        assertEquals(1, combined.get(1).raters());
    }

    @Test
    void aScaleNobodyHasAScoreOnHasNoMean() {
        List<PanelScore> combined = PanelScore.combine(SCALES, List.of(Map.of()));
        assertNull(combined.get(0).mean());
        assertEquals(0, combined.get(0).raters());
        assertFalse(combined.get(0).scored());
        assertEquals(List.of(), PanelScore.combine(List.of(), List.of(Map.of("x", 1.0))));
    }

    @Test
    void oneRatersMeanIsTheirOwnScore() {
        String scale = SCALES.get(0).id();
        assertEquals(3.75, PanelScore.combine(SCALES, List.of(Map.of(scale, 3.75))).get(0).mean(), 1e-12);
    }
}
