package org.concord.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void anAvailableEstimateHasItsValue() {
        Estimate estimate = Estimate.of(0.5);
        assertTrue(estimate.available());
        assertEquals(0.5, estimate.orElse(-1));
    }

    @Test
    void anUnavailableEstimateKeepsItsReasonAndHasNoValue() {
        Estimate estimate = Estimate.notAvailable("too few");
        assertFalse(estimate.available());
        assertTrue(Double.isNaN(estimate.value()));
        assertEquals(-1, estimate.orElse(-1));
        assertEquals("not available: too few", estimate.toString());
    }

    @Test
    void refusesNaNWithoutAReason() {
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(Double.NaN));
    }

    @Test
    void refusesInfinityWithoutAReason() {
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(Double.POSITIVE_INFINITY));
    }
}
