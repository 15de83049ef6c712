package org.concord.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the change between two waves' means. */
class MeanChangeProperties {

    @Provide
    Arbitrary<double[]> waves() {
        return Arbitraries.integers().between(1, 25).map(x -> x / 5.0).array(double[].class).ofMinSize(0).ofMaxSize(15);
    }

    @Property
    void theIntervalsHoldTheirEstimatesAndReliableMeansTheyExcludeZero(@ForAll("waves") double[] before,
                                                                      @ForAll("waves") double[] after) {
        MeanChange change = MeanChange.of(before, after);
        assertEquals(before.length >= 2 && after.length >= 2, change.available());
        if (change.ciLow().available()) {
            assertTrue(change.ciLow().value() < change.difference().value());
            assertTrue(change.difference().value() < change.ciHigh().value());
            assertTrue(change.dLow().value() < change.d().value() && change.d().value() < change.dHigh().value());
            assertEquals(change.ciLow().value() > 0 || change.ciHigh().value() < 0, change.reliable());
            assertTrue(change.df().value() >= Math.min(before.length, after.length) - 1 - 1e-9);
            assertTrue(change.df().value() <= before.length + after.length - 2 + 1e-9);
        } else {
            assertTrue(!change.reliable());
        }
    }

    @Property
    void swappingTheWavesNegatesTheChange(@ForAll("waves") double[] before, @ForAll("waves") double[] after) {
        MeanChange forward = MeanChange.of(before, after);
        MeanChange back = MeanChange.of(after, before);
        assertEquals(forward.reliable(), back.reliable());
        if (forward.ciLow().available()) {
            assertEquals(-forward.ciHigh().value(), back.ciLow().value(), 1e-9);
            assertEquals(-forward.d().value(), back.d().value(), 1e-9);
        }
    }
}
