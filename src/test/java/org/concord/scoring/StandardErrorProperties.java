package org.concord.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The 95% interval around a score always lies within the response range and holds the score. */
class StandardErrorProperties {

    @Property
    void theIntervalLiesWithinTheRangeAndHoldsTheScore(@ForAll @IntRange(min = 0, max = 3) int lo,
                                                       @ForAll @IntRange(min = 1, max = 10) int width,
                                                       @ForAll @DoubleRange(min = 0, max = 1) double at,
                                                       @ForAll @DoubleRange(min = 0, max = 5) double sd,
                                                       @ForAll @DoubleRange(min = -1, max = 1) double rxx) {
        int hi = lo + width;
        double score = lo + at * width;
        StandardError error = new StandardError(sd, rxx);
        StandardError.Interval interval = error.interval(score, lo, hi);
        assertTrue(lo <= interval.low() && interval.low() <= score, interval.toString());
        assertTrue(score <= interval.high() && interval.high() <= hi, interval.toString());
        assertEquals(Math.max(lo, score - 1.96 * error.sem()), interval.low(), 1e-12);
        assertEquals(Math.min(hi, score + 1.96 * error.sem()), interval.high(), 1e-12);
    }
}
