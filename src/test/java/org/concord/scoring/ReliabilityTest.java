package org.concord.scoring;

import static org.concord.scoring.Fixtures.EPS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReliabilityTest {

    private static final List<String> IDS = List.of("i1", "i2", "i3", "i4", "i5");

    private final ScaleQuality vector = Reliability.quality("vector", IDS, Fixtures.columns(Fixtures.VECTOR_KEYED));

    @Test
    void alphaReproducesTheVector() {
        assertEquals(0.9694602273, vector.alpha().value(), EPS);
    }

    @Test
    void fastAlphaAgreesWithTheItemAnalysis() {
        assertEquals(0.9694602273, Reliability.alpha(Fixtures.columns(Fixtures.VECTOR_KEYED)).value(), EPS);
    }

    @Test
    void alphaIfItemDeletedReproducesTheVector() {
        double[] expected = {0.9602272727, 0.9692172383, 0.9525308156, 0.9663886783, 0.9609053498};
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i], vector.items().get(i).alphaIfDeleted().value(), EPS, "item " + (i + 1));
        }
    }

    @Test
    void correctedItemTotalCorrelationsReproduceTheVector() {
        double[] expected = {0.9296260245, 0.8886066688, 0.9717590631, 0.8911903841, 0.9239131562};
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i], vector.items().get(i).itemTotal().value(), EPS, "item " + (i + 1));
        }
    }

    @Test
    void itemMeansAndSdsAreOfTheKeyedAnswers() {
        ItemQuality first = vector.items().get(0);
        assertEquals("i1", first.item());
        assertEquals(3.5, first.mean(), EPS);
        assertEquals(Math.sqrt(10.0 / 7), first.sd(), EPS);
        assertEquals(3.375, vector.items().get(2).mean(), EPS);
    }

    @Test
    void countsCompleteCases() {
        assertEquals(8, vector.completeCases());
    }

    @Test
    void alphaOfOneRespondentIsNotAvailable() {
        ScaleQuality one = Reliability.quality("s", IDS, Fixtures.columns(new int[][] {{1, 2, 3, 4, 5}}));
        assertFalse(one.alpha().available());
        assertTrue(one.alpha().reason().contains("2 complete cases"), one.alpha().reason());
        assertTrue(Double.isNaN(one.items().get(0).sd()));
        assertEquals(1.0, one.items().get(0).mean(), EPS);
    }

    @Test
    void alphaOfNoRespondentIsNotAvailable() {
        assertFalse(Reliability.quality("s", IDS, new double[5][0]).alpha().available());
        assertFalse(Reliability.alpha(new double[5][0]).available());
    }

    @Test
    void alphaOfOneItemIsNotAvailable() {
        ScaleQuality single = Reliability.quality("s", List.of("i1"), new double[][] {{1, 2, 3}});
        assertTrue(single.alpha().reason().contains("2 items"), single.alpha().reason());
        assertFalse(single.items().get(0).itemTotal().available());
        assertFalse(Reliability.alpha(new double[][] {{1, 2, 3}}).available());
    }

    @Test
    void alphaWithoutVarianceIsNotAvailable() {
        double[][] same = Fixtures.columns(new int[][] {{3, 3, 3}, {3, 3, 3}, {3, 3, 3}});
        ScaleQuality flat = Reliability.quality("s", List.of("a", "b", "c"), same);
        assertTrue(flat.alpha().reason().contains("zero total variance"), flat.alpha().reason());
        assertFalse(flat.items().get(0).itemTotal().available());
        assertFalse(Reliability.alpha(same).available());
    }

    @Test
    void alphaIfDeletedOfATwoItemScaleIsNotAvailable() {
        ScaleQuality two = Reliability.quality("s", List.of("a", "b"), Fixtures.columns(new int[][] {{1, 2}, {3, 3}, {5, 4}}));
        assertTrue(two.alpha().available());
        assertFalse(two.items().get(0).alphaIfDeleted().available());
        assertTrue(two.items().get(0).itemTotal().available());
    }

    @Test
    void aConstantItemHasNoItemTotalCorrelation() {
        ScaleQuality quality = Reliability.quality("s", List.of("a", "b", "c"),
                Fixtures.columns(new int[][] {{3, 1, 2}, {3, 4, 5}, {3, 2, 2}}));
        assertFalse(quality.items().get(0).itemTotal().available());
        assertTrue(quality.items().get(1).itemTotal().available());
    }

    @Test
    void alphaDoesNotDependOnItemOrder() {
        Random random = new Random(11);
        for (int trial = 0; trial < 50; trial++) {
            int[][] rows = randomRows(random, 12, 6);
            double[][] columns = Fixtures.columns(rows);
            List<double[]> shuffled = new ArrayList<>(List.of(columns));
            Collections.shuffle(shuffled, random);
            double original = Reliability.alpha(columns).orElse(Double.NaN);
            double reordered = Reliability.alpha(shuffled.toArray(double[][]::new)).orElse(Double.NaN);
            assertEquals(original, reordered, EPS);
        }
    }

    @Test
    void alphaIsAtMostOneOnRandomData() {
        Random random = new Random(5);
        for (int trial = 0; trial < 100; trial++) {
            Estimate alpha = Reliability.alpha(Fixtures.columns(randomRows(random, 2 + random.nextInt(20), 2 + random.nextInt(8))));
            assertTrue(!alpha.available() || alpha.value() <= 1 + EPS, alpha.toString());
        }
    }

    private static int[][] randomRows(Random random, int n, int k) {
        int[][] rows = new int[n][k];
        for (int[] row : rows) {
            int base = random.nextInt(5);
            for (int j = 0; j < k; j++) {
                row[j] = 1 + Math.floorMod(base + random.nextInt(3) - 1, 5);
            }
        }
        return rows;
    }
}
