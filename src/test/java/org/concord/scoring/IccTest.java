package org.concord.scoring;

import static org.concord.scoring.Fixtures.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IccTest {

    private static final List<double[]> TEAMS = List.of(new double[] {3.2, 3.8, 3.5, 4.0},
            new double[] {2.1, 2.6, 2.4}, new double[] {4.4, 4.1, 4.6, 4.8, 4.2});

    @Test
    void icc1ReproducesTheVector() {
        assertEquals(0.9135653210, Icc.of(TEAMS).icc1().value(), EPS);
    }

    @Test
    void icc2ReproducesTheVector() {
        assertEquals(0.9768934231, Icc.of(TEAMS).icc2().value(), EPS);
    }

    @Test
    void emptyTeamsAreIgnored() {
        List<double[]> withEmpty = new ArrayList<>(TEAMS);
        withEmpty.add(new double[0]);
        assertEquals(0.9135653210, Icc.of(withEmpty).icc1().value(), EPS);
    }

    @Test
    void oneTeamIsNotEnough() {
        Icc icc = Icc.of(List.of(new double[] {3.2, 3.8, 3.5}));
        assertFalse(icc.icc1().available());
        assertTrue(icc.icc2().reason().contains("2 teams"), icc.icc2().reason());
    }

    @Test
    void teamsOfOneHaveNoWithinVariance() {
        assertFalse(Icc.of(List.of(new double[] {3.0}, new double[] {4.0})).icc1().available());
    }

    @Test
    void equalTeamMeansGiveNoIcc() {
        assertFalse(Icc.of(List.of(new double[] {3, 4}, new double[] {4, 3})).icc2().available());
    }

    @Test
    void icc2IsAtLeastIcc1WhenIcc1IsPositiveOnRandomData() {
        Random random = new Random(17);
        int checked = 0;
        for (int trial = 0; trial < 500; trial++) {
            List<double[]> teams = new ArrayList<>();
            for (int g = 0; g < 2 + random.nextInt(6); g++) {
                double shift = random.nextGaussian();
                teams.add(random.doubles(2 + random.nextInt(8)).map(x -> shift + random.nextGaussian()).toArray());
            }
            Icc icc = Icc.of(teams);
            if (icc.icc1().available() && icc.icc1().value() > 0) {
                assertTrue(icc.icc2().value() >= icc.icc1().value() - EPS, icc.toString());
                checked++;
            }
        }
        assertTrue(checked > 100, "too few cases with ICC(1) > 0: " + checked);
    }
}
