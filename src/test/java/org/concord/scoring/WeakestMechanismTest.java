package org.concord.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeakestMechanismTest {

    private static Map<String, Double> means(double fill) {
        Map<String, Double> means = new HashMap<>();
        Mechanisms.IDS.forEach(id -> means.put(id, fill));
        return means;
    }

    @Test
    void picksTheLowestMechanism() {
        Map<String, Double> means = means(3.5);
        means.put("standardised-outputs", 2.1);
        assertEquals("standardised-outputs", WeakestMechanism.of(Mechanisms.coordinationMaturity(), means).orElseThrow().id());
    }

    @Test
    void ignoresScalesOutsideTheMechanismGroup() {
        Map<String, Double> means = means(3.5);
        means.put("communication", 1.0);
        means.put("direct-supervision", 3.0);
        assertEquals("direct-supervision", WeakestMechanism.of(Mechanisms.coordinationMaturity(), means).orElseThrow().id());
    }

    @Test
    void aTieGoesToTheMechanismListedFirst() {
        assertEquals("mutual-adjustment", WeakestMechanism.of(Mechanisms.coordinationMaturity(), means(3.0)).orElseThrow().id());
    }

    @Test
    void ignoresMechanismsWithoutAMean() {
        Map<String, Double> means = means(3.5);
        means.put("mutual-adjustment", Double.NaN);
        means.remove("direct-supervision");
        means.put("standardised-norms", 3.4);
        assertEquals("standardised-norms", WeakestMechanism.of(Mechanisms.coordinationMaturity(), means).orElseThrow().id());
    }

    @Test
    void noMeansNoWeakestMechanism() {
        assertTrue(WeakestMechanism.of(Mechanisms.coordinationMaturity(), Map.of()).isEmpty());
    }
}
