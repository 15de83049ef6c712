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
}
