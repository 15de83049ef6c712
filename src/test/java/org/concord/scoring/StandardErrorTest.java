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
        StandardError.Interval interval = error.interval(3.0, 1, 5);
        assertEquals(3.0 - 1.96 * error.sem(), interval.low(), EPS);
        assertEquals(3.0 + 1.96 * error.sem(), interval.high(), EPS);
    }

    @Test
    void anIntervalReachingAboveTheScaleEndsAtItsTop() {
        StandardError error = new StandardError(1.0 / 1.96 / Math.sqrt(0.5), 0.5);
        assertEquals(1.0, 1.96 * error.sem(), EPS);
        StandardError.Interval interval = error.interval(4.75, 1, 5);
        assertEquals(3.75, interval.low(), EPS);
        assertEquals(5.0, interval.high(), 0.0, "4.75 +/- 1.0 on a 1..5 scale is 3.75 to 5.00, never 5.75");
    }

    @Test
    void anIntervalReachingBelowTheScaleStartsAtItsBottom() {
        StandardError error = new StandardError(1.1 / 1.96 / Math.sqrt(0.5), 0.5);
        StandardError.Interval interval = error.interval(1.67, 1, 5);
        assertEquals(1.0, interval.low(), 0.0);
        assertEquals(2.77, interval.high(), EPS);
    }

    @Test
    void anIntervalWiderThanTheScaleIsTheWholeScale() {
        StandardError.Interval interval = new StandardError(10, 0).interval(3, 1, 7);
        assertEquals(1.0, interval.low(), 0.0);
        assertEquals(7.0, interval.high(), 0.0);
    }

    @Test
    void refusesAnEmptyRange() {
        assertThrows(IllegalArgumentException.class, () -> new StandardError(1, 0.5).interval(3, 5, 1));
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
