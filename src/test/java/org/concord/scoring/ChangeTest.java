package org.concord.scoring;

import static org.concord.scoring.Fixtures.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChangeTest {

    private final double sem = new StandardError(0.6, 0.8).sem();

    @Test
    void rciReproducesTheVector() {
        assertEquals(1.5811388301, Change.between(3.0, 3.6, sem).rci().value(), EPS);
    }

    @Test
    void theVectorChangeIsNotReliable() {
        assertFalse(Change.between(3.0, 3.6, sem).reliable());
    }

    @Test
    void aLargeDropIsReliable() {
        Change change = Change.between(4.2, 3.0, sem);
        assertTrue(change.reliable());
        assertEquals(-1.2, change.difference(), EPS);
    }

    @Test
    void noRciWithoutMeasurementError() {
        assertFalse(Change.between(3.0, 3.6, 0).rci().available());
        assertFalse(Change.between(3.0, 3.6, 0).reliable());
    }

    @Test
    void cohensDReproducesTheVector() {
        Estimate d = Change.cohensD(new double[] {3.0, 3.2, 2.8, 3.4}, new double[] {3.6, 3.9, 3.5, 4.0});
        assertEquals(2.6175086153, d.value(), EPS);
    }

    @Test
    void cohensDIsNegativeForADecline() {
        Estimate d = Change.cohensD(new double[] {3.6, 3.9, 3.5, 4.0}, new double[] {3.0, 3.2, 2.8, 3.4});
        assertEquals(-2.6175086153, d.value(), EPS);
    }

    @Test
    void cohensDNeedsTwoScoresPerWave() {
        assertFalse(Change.cohensD(new double[] {3.0}, new double[] {3.6, 3.9}).available());
    }

    @Test
    void cohensDNeedsSpread() {
        assertFalse(Change.cohensD(new double[] {3, 3}, new double[] {4, 4}).available());
    }
}
