package org.concord.scoring;

import static org.concord.scoring.Fixtures.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StandardErrorTest {

    @Test
    void sdOfTheVectorScoresMatches() {
        assertEquals(1.2282391577, Stats.sd(Fixtures.VECTOR_SCORES), EPS);
    }

    @Test
    void semReproducesTheVector() {
        assertEquals(0.2146425600, new StandardError(1.2282391577259815, 0.9694602272727272).sem(), EPS);
    }

    @Test
    void intervalIsScorePlusMinus196Sem() {
        StandardError error = new StandardError(0.6, 0.8);
        StandardError.Interval interval = error.interval(3.0);
        assertEquals(3.0 - 1.96 * error.sem(), interval.low(), EPS);
        assertEquals(3.0 + 1.96 * error.sem(), interval.high(), EPS);
    }

    @Test
    void perfectReliabilityHasNoError() {
        assertEquals(0.0, new StandardError(0.6, 1.0).sem(), EPS);
    }

    @Test
    void refusesANegativeSd() {
        assertThrows(IllegalArgumentException.class, () -> new StandardError(-1, 0.8));
    }

    @Test
    void refusesAReliabilityAboveOne() {
        assertThrows(IllegalArgumentException.class, () -> new StandardError(1, 1.2));
    }
}
