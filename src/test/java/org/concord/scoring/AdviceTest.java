package org.concord.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AdviceTest {

    private final Advice english = new Advice(Locale.ENGLISH);
    private final Advice french = new Advice(Locale.FRENCH);

    @Test
    void eachQuadrantHasASummaryInBothLanguages() {
        for (Quadrant quadrant : Quadrant.values()) {
            assertTrue(english.summary(quadrant).startsWith("The team is"), english.summary(quadrant));
            assertTrue(french.summary(quadrant).startsWith("L'équipe"), french.summary(quadrant));
        }
    }

    @Test
    void lowCooperationCallsForTeamBuilding() {
        Recommendation advice = english.recommend(Quadrant.COORDINATED_NOT_COOPERATIVE, Optional.empty());
        assertEquals(1, advice.actions().size());
        assertTrue(advice.actions().get(0).contains("team-building"), advice.actions().get(0));
        assertNull(advice.weakestMechanism());
    }

    @Test
    void lowCooperationCallsForTeamBuildingInFrench() {
        String action = french.recommend(Quadrant.COORDINATED_NOT_COOPERATIVE, Optional.empty()).actions().get(0);
        assertTrue(action.contains("team building") && action.contains("coopération"), action);
    }

    @Test
    void lowCoordinationNamesTheWeakestMechanismAndWhatStrengtheningItMeans() {
        Recommendation advice = english.recommend(Quadrant.COOPERATIVE_NOT_COORDINATED,
                Optional.of(Mechanisms.scale("direct-supervision")));
        assertEquals("direct-supervision", advice.weakestMechanism());
        String action = advice.actions().get(0);
        assertTrue(action.contains("The weakest coordination mechanism is Direct supervision."), action);
        assertTrue(action.contains("gives clear instructions") && action.contains("checks the work"), action);
    }

    @Test
    void mutualAdjustmentMeansInformalDirectCommunication() {
        String action = english.strengthen(Mechanisms.scale("mutual-adjustment"));
        assertTrue(action.contains("directly and informally"), action);
    }

    @Test
    void frenchAdviceUsesTheScalesFrenchName() {
        String action = french.strengthen(Mechanisms.scale("standardised-skills"));
        assertTrue(action.contains("Le mécanisme de coordination le plus faible est : fr Standardised skills."), action);
        assertTrue(action.contains("qualifications") && action.contains("diplômes"), action);
    }

    @Test
    void everyMechanismHasItsOwnTextInBothLanguages() {
        for (String id : Mechanisms.IDS) {
            assertTrue(!english.strengthen(Mechanisms.scale(id)).contains("relies on least"), id);
            assertTrue(!french.strengthen(Mechanisms.scale(id)).contains("s'appuie le moins"), id);
        }
    }

    @Test
    void anUnknownMechanismGetsTheGenericText() {
        String action = english.strengthen(Fixtures.scale("peer-review", WeakestMechanism.GROUP, 0.8, Fixtures.bands(1, 3, 5)));
        assertTrue(action.contains("Strengthen peer-review, the mechanism the team relies on least."), action);
    }

    @Test
    void neitherCooperativeNorCoordinatedGetsBothActions() {
        Recommendation advice = french.recommend(Quadrant.NEITHER, Optional.of(Mechanisms.scale("standardised-norms")));
        assertEquals(2, advice.actions().size());
        assertTrue(advice.actions().get(1).contains("valeurs partagées"), advice.actions().get(1));
    }

    @Test
    void lowCoordinationWithoutMechanismScoresStillAdvises() {
        Recommendation advice = english.recommend(Quadrant.COOPERATIVE_NOT_COORDINATED, Optional.empty());
        assertTrue(advice.actions().get(0).startsWith("Coordination is low."), advice.actions().get(0));
    }

    @Test
    void aCooperativeCoordinatedTeamNeedsNoAction() {
        assertTrue(english.recommend(Quadrant.COOPERATIVE_AND_COORDINATED, Optional.empty()).actions().isEmpty());
    }

    @Test
    void anotherLanguageGetsEnglish() {
        assertEquals(english.teamBuilding(), new Advice(Locale.GERMAN).teamBuilding());
    }

    @Test
    void aRegionalFrenchLocaleGetsFrench() {
        assertEquals(french.teamBuilding(), new Advice(Locale.CANADA_FRENCH).teamBuilding());
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertEquals(bundle("en").stringPropertyNames(), bundle("fr").stringPropertyNames());
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AdviceTest.class.getResourceAsStream("/org/concord/scoring/advice_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
