package org.concord.scoring;

import static org.concord.scoring.Fixtures.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NormGroupTest {

    private final NormGroup sample = NormGroup.ofSample(new double[] {4.5, 2.0, 3.0, 2.5, 3.0, 3.5, 4.0});

    @Test
    void percentileRankReproducesTheVector() {
        assertEquals(42.8571428571, sample.percentileRank(3.0).value(), EPS);
    }

    @Test
    void percentileRankBelowAndAboveTheSample() {
        assertEquals(0.0, sample.percentileRank(1.0).value(), EPS);
        assertEquals(100.0, sample.percentileRank(5.0).value(), EPS);
    }

    @Test
    void tScoreReproducesTheVector() {
        assertEquals(58.3333333333, NormGroup.ofMeanAndSd(3.2, 0.6).t(3.7), EPS);
    }

    @Test
    void zIsTheDistanceFromTheMeanInSds() {
        assertEquals(-1.0, NormGroup.ofMeanAndSd(3.2, 0.6).z(2.6), EPS);
    }

    @Test
    void aSampleGivesItsOwnMeanAndSampleSd() {
        assertEquals(22.5 / 7, sample.mean(), EPS);
        assertEquals(Stats.sd(new double[] {2.0, 2.5, 3.0, 3.0, 3.5, 4.0, 4.5}), sample.sd(), EPS);
    }

    @Test
    void meanAndSdAloneGiveNoPercentileRank() {
        assertFalse(NormGroup.ofMeanAndSd(3.2, 0.6).percentileRank(3.0).available());
    }

    @Test
    void refusesASampleWithoutSpread() {
        assertThrows(IllegalArgumentException.class, () -> NormGroup.ofSample(new double[] {3, 3, 3}));
    }
}
