package org.concord.scoring;

import static org.concord.scoring.Fixtures.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeanChangeTest {

    private static final double[] BEFORE = {3.0, 3.2, 2.8, 3.4};
    private static final double[] AFTER = {3.6, 3.9, 3.5, 4.0};

    /** R: qt(0.975, 4) and qt(0.975, 2). */
    private static final double T4 = 2.7764451051977987;
    private static final double T2 = 4.302652729749464;

    @Test
    void reproducesTheWelchIntervalOfTheVector() {
        MeanChange change = MeanChange.of(BEFORE, AFTER);
        assertEquals(0.65, change.difference().value(), EPS);
        assertEquals(0.2196507626, change.ciLow().value(), EPS);
        assertEquals(1.0803492374, change.ciHigh().value(), EPS);
        assertEquals(5.9608127721, change.df().value(), EPS);
    }

    @Test
    void reproducesCohensDAndItsIntervalOfTheVector() {
        MeanChange change = MeanChange.of(BEFORE, AFTER);
        assertEquals(2.6175086153, change.d().value(), EPS);
        assertEquals(0.7292082114, change.dLow().value(), EPS);
        assertEquals(4.5058090193, change.dHigh().value(), EPS);
    }

    @Test
    void holdsBothMeansAndCounts() {
        MeanChange change = MeanChange.of(BEFORE, AFTER);
        assertEquals(3.1, change.before().value(), EPS);
        assertEquals(3.75, change.after().value(), EPS);
        assertEquals(4, change.nBefore());
        assertEquals(4, change.nAfter());
        assertTrue(change.available());
    }

    @Test
    void theVectorChangeIsReliable() {
        assertTrue(MeanChange.of(BEFORE, AFTER).reliable());
    }

    @Test
    void reproducesTheUnreliableVector() {
        MeanChange change = MeanChange.of(new double[] {3.0, 3.8, 2.6, 3.4, 4.0}, new double[] {3.4, 3.2, 3.9, 2.9, 4.1});
        assertEquals(0.14, change.difference().value(), EPS);
        assertEquals(-0.6435031323, change.ciLow().value(), EPS);
        assertEquals(0.9235031323, change.ciHigh().value(), EPS);
        assertFalse(change.reliable());
    }

    @Test
    void aDeclineIsReliableWhenItsIntervalLiesBelowZero() {
        MeanChange change = MeanChange.of(AFTER, BEFORE);
        assertEquals(-0.65, change.difference().value(), EPS);
        assertEquals(-1.0803492374, change.ciLow().value(), EPS);
        assertEquals(-0.2196507626, change.ciHigh().value(), EPS);
        assertEquals(-2.6175086153, change.d().value(), EPS);
        assertEquals(-4.5058090193, change.dLow().value(), EPS);
        assertTrue(change.reliable());
    }

    @Test
    void equalVariancesAndSizesGiveTheStudentDf() {
        MeanChange change = MeanChange.of(new double[] {1, 2, 3}, new double[] {2, 3, 4});
        assertEquals(4.0, change.df().value(), EPS);
        double se = Math.sqrt(2.0 / 3);
        assertEquals(1 - T4 * se, change.ciLow().value(), EPS);
        assertEquals(1 + T4 * se, change.ciHigh().value(), EPS);
        assertEquals(1.0, change.d().value(), EPS);
        assertFalse(change.reliable());
    }

    @Test
    void theSummaryFormGivesWhatTheScoresGive() {
        MeanChange fromScores = MeanChange.of(BEFORE, AFTER);
        MeanChange fromSummary = MeanChange.of(4, 3.1, Stats.sd(BEFORE), 4, 3.75, Stats.sd(AFTER));
        assertEquals(fromScores.ciLow().value(), fromSummary.ciLow().value(), 1e-12);
        assertEquals(fromScores.ciHigh().value(), fromSummary.ciHigh().value(), 1e-12);
        assertEquals(fromScores.d().value(), fromSummary.d().value(), 1e-12);
        assertEquals(fromScores.dHigh().value(), fromSummary.dHigh().value(), 1e-12);
    }

    @Test
    void theSummaryFormReproducesThePublishedFigures() {
        MeanChange change = MeanChange.of(5, 3.36, Math.sqrt(0.328), 5, 3.5, Math.sqrt(0.245));
        assertEquals(-0.6435031323, change.ciLow().value(), EPS);
        assertEquals(0.9235031323, change.ciHigh().value(), EPS);
    }

    @Test
    void aMissingWaveHasNoChange() {
        MeanChange change = MeanChange.of(new double[0], new double[] {3, 4});
        assertFalse(change.available());
        assertFalse(change.reliable());
        assertEquals(Unavailable.FEW_SCORES_IN_A_WAVE, change.difference().why());
        assertEquals(List.of(0, 2), change.difference().arguments());
        assertFalse(change.before().available());
        assertFalse(change.after().available());
        assertFalse(change.d().available());
        assertFalse(change.ciLow().available());
    }

    @Test
    void oneScoreInAWaveHasNoChange() {
        MeanChange change = MeanChange.of(new double[] {3, 4, 5}, new double[] {4});
        assertFalse(change.available());
        assertEquals(List.of(3, 1), change.difference().arguments());
    }

    @Test
    void aPublishedWaveOfOneNeedsNoSd() {
        assertFalse(MeanChange.of(1, 3.0, Double.NaN, 10, 3.5, 0.5).available());
    }

    @Test
    void noVarianceInEitherWaveGivesTheDifferenceAlone() {
        MeanChange change = MeanChange.of(new double[] {3, 3, 3}, new double[] {4, 4});
        assertTrue(change.available());
        assertEquals(1.0, change.difference().value(), EPS);
        assertEquals(3.0, change.before().value(), EPS);
        for (Estimate none : List.of(change.ciLow(), change.ciHigh(), change.df(), change.d(), change.dLow(), change.dHigh())) {
            assertEquals(Unavailable.NO_VARIANCE_IN_WAVES, none.why());
        }
        assertFalse(change.reliable());
    }

    @Test
    void noVarianceInOneWaveLeavesTheOthersDf() {
        MeanChange change = MeanChange.of(new double[] {3, 3, 3}, new double[] {3.5, 4, 4.5});
        assertEquals(2.0, change.df().value(), EPS);
        assertEquals(1 - T2 * Math.sqrt(0.25 / 3), change.ciLow().value(), EPS);
        assertEquals(1 + T2 * Math.sqrt(0.25 / 3), change.ciHigh().value(), EPS);
        assertEquals(1.0 / Math.sqrt(0.125), change.d().value(), EPS);
    }

    @Test
    void refusesMissingScoresAndImpossibleSummaries() {
        assertThrows(IllegalArgumentException.class, () -> MeanChange.of(new double[] {3, Double.NaN}, AFTER));
        assertThrows(IllegalArgumentException.class, () -> MeanChange.of(3, 3.0, -0.1, 3, 3.0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> MeanChange.of(3, Double.NaN, 0.5, 3, 3.0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> MeanChange.of(-1, 3.0, 0.5, 3, 3.0, 0.5));
    }
}
