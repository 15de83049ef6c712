package org.concord.scoring;

import static org.concord.scoring.Fixtures.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.concord.questionnaire.QuadrantAxis;
import org.junit.jupiter.api.Test;

class QuadrantTest {

    private static final QuadrantAxis COOPERATION = new QuadrantAxis(QuadrantAxis.COOPERATION, 3.5);
    private static final QuadrantAxis COORDINATION = new QuadrantAxis(QuadrantAxis.COORDINATION, 3.0);

    @Test
    void highOnBothIsCooperativeAndCoordinated() {
        assertEquals(Quadrant.COOPERATIVE_AND_COORDINATED, Quadrant.of(COOPERATION, 4.0, COORDINATION, 3.2));
    }

    @Test
    void highCooperationLowCoordination() {
        assertEquals(Quadrant.COOPERATIVE_NOT_COORDINATED, Quadrant.of(COOPERATION, 4.0, COORDINATION, 2.9));
    }

    @Test
    void lowCooperationHighCoordination() {
        assertEquals(Quadrant.COORDINATED_NOT_COOPERATIVE, Quadrant.of(COOPERATION, 3.4, COORDINATION, 3.2));
    }

    @Test
    void lowOnBothIsNeither() {
        assertEquals(Quadrant.NEITHER, Quadrant.of(COOPERATION, 2.0, COORDINATION, 2.0));
    }

    @Test
    void aMeanAtTheThresholdCountsAsHigh() {
        assertEquals(Quadrant.COOPERATIVE_AND_COORDINATED, Quadrant.of(COOPERATION, 3.5, COORDINATION, 3.0));
    }

    @Test
    void eachAxisUsesItsOwnThreshold() {
        assertEquals(Quadrant.COORDINATED_NOT_COOPERATIVE, Quadrant.of(COOPERATION, 3.2, COORDINATION, 3.2));
    }

    @Test
    void refusesSwappedAxes() {
        assertThrows(IllegalArgumentException.class, () -> Quadrant.of(COORDINATION, 4, COOPERATION, 4));
    }

    @Test
    void refusesAMissingAxis() {
        assertThrows(IllegalArgumentException.class, () -> Quadrant.of(null, 4, COORDINATION, 4));
    }

    @Test
    void refusesAMissingMean() {
        assertThrows(IllegalArgumentException.class, () -> Quadrant.of(COOPERATION, Double.NaN, COORDINATION, 4));
    }

    @Test
    void eachQuadrantKnowsItsTwoSides() {
        assertTrue(Quadrant.COOPERATIVE_NOT_COORDINATED.cooperative());
        assertFalse(Quadrant.COOPERATIVE_NOT_COORDINATED.coordinated());
        assertEquals(Quadrant.NEITHER, Quadrant.of(false, false));
    }

    @Test
    void overallMeanIsTheMeanOfTheShownScaleMeans() {
        List<TeamScale> scales = List.of(new TeamScale("a", 3, 3.0, 0.5, Estimate.of(0.9), null),
                new TeamScale("b", 3, 4.0, 0.5, Estimate.of(0.9), null),
                TeamScale.withheld("c", 2, Suppression.TOO_FEW_RESPONDENTS));
        assertEquals(3.5, Quadrant.overallMean(scales), EPS);
    }

    @Test
    void overallMeanOfNothingShownIsNaN() {
        assertTrue(Double.isNaN(Quadrant.overallMean(List.of())));
    }
}
