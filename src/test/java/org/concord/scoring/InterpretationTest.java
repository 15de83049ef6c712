package org.concord.scoring;

import static org.concord.scoring.Fixtures.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.concord.questionnaire.ResponseFormat;
import org.concord.questionnaire.Scale;
import org.junit.jupiter.api.Test;

class InterpretationTest {

    private final Scale scale = Fixtures.vector().scales().get(0);
    private static final ResponseFormat RANGE = Fixtures.vector().responseFormat();

    @Test
    void aLowScoreFallsInTheLowBand() {
        Interpretation reading = Interpretation.of(scale, new ScaleScore("vector", 1.4, 5, 5, 4), null, RANGE);
        assertEquals("low", reading.band().id());
        assertTrue(reading.low());
        assertEquals("Low text", reading.text("en"));
        assertEquals("Low text (fr)", reading.text("fr"));
    }

    @Test
    void theBandBoundaryBelongsToTheUpperBand() {
        assertEquals("high", Interpretation.of(scale, new ScaleScore("vector", 2.5, 5, 5, 4), null, RANGE).band().id());
    }

    @Test
    void theTopOfTheFormatBelongsToTheTopBand() {
        assertEquals("high", Interpretation.of(scale, new ScaleScore("vector", 5.0, 5, 5, 4), null, RANGE).band().id());
    }

    @Test
    void aMissingScoreHasNoBandNorInterval() {
        Interpretation reading = Interpretation.of(scale, new ScaleScore("vector", Double.NaN, 3, 5, 4),
                new StandardError(0.6, 0.8), RANGE);
        assertTrue(reading.bandIfScored().isEmpty());
        assertTrue(reading.interval().isEmpty());
        assertFalse(reading.low());
        assertEquals("", reading.text("en"));
    }

    @Test
    void withAKnownReliabilityItGivesSemAndInterval() {
        Interpretation reading = Interpretation.of(scale, new ScaleScore("vector", 4.4, 5, 5, 4),
                new StandardError(1.2282391577259815, 0.9694602272727272), RANGE);
        assertEquals(0.2146425600, reading.sem().orElseThrow(), EPS);
        assertEquals(4.4 - 1.96 * 0.2146425600188106, reading.interval().orElseThrow().low(), EPS);
        assertEquals(4.4 + 1.96 * 0.2146425600188106, reading.interval().orElseThrow().high(), EPS);
    }

    @Test
    void withoutReliabilityThereIsNoInterval() {
        Interpretation reading = Interpretation.of(scale, new ScaleScore("vector", 4.4, 5, 5, 4), null, RANGE);
        assertTrue(reading.sem().isEmpty());
        assertTrue(reading.interval().isEmpty());
    }

    @Test
    void theIntervalOfAHighScoreEndsAtTheTopOfTheResponseRange() {
        Interpretation reading = Interpretation.of(scale, new ScaleScore("vector", 4.8, 5, 5, 4), new StandardError(1.0, 0.5), RANGE);
        assertEquals(4.8 - 1.96 * Math.sqrt(0.5), reading.interval().orElseThrow().low(), EPS);
        assertEquals(5.0, reading.interval().orElseThrow().high(), 0.0);
    }
}
