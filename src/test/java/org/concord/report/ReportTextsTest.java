package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.concord.scoring.Estimate;
import org.concord.scoring.Unavailable;
import org.junit.jupiter.api.Test;

/** The report texts, outside Faces: both languages, every report key in each, apostrophes shown once. */
class ReportTextsTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportTextsTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyReportKeyIsInBothLanguages() throws IOException {
        Properties en = bundle("en");
        Properties fr = bundle("fr");
        en.stringPropertyNames().stream().filter(k -> k.startsWith("report")).forEach(key ->
                assertFalse(fr.getProperty(key, "").isBlank(), "French lacks " + key));
        fr.stringPropertyNames().stream().filter(k -> k.startsWith("report")).forEach(key ->
                assertFalse(en.getProperty(key, "").isBlank(), "English lacks " + key));
    }

    @Test
    void frenchAndEnglishDifferAndOtherLanguagesGetEnglish() {
        assertEquals("Données", ReportTexts.of(Locale.FRANCE).get("report.raw.sheet"));
        assertEquals("Data", ReportTexts.of(Locale.UK).get("report.raw.sheet"));
        assertEquals("Data", ReportTexts.of(Locale.GERMAN).get("report.raw.sheet"));
        assertEquals("en", ReportTexts.of(null).language());
        assertNotEquals(ReportTexts.of(Locale.FRENCH).get("report.codebook.key"), ReportTexts.of(Locale.ENGLISH).get("report.codebook.key"));
    }

    @Test
    void apostrophesShowOnceWithOrWithoutArguments() {
        ReportTexts french = ReportTexts.of(Locale.FRENCH);
        assertFalse(french.get("report.codebook.scoreText").contains("''"));
        assertEquals("Rapport d'équipes : C (W)", french.format("report.team.title", "C", "W"));
        assertEquals("Le classeur n'a pas pu être généré ; le journal du serveur en donne la raison.", french.format("reports.failed"));
        assertEquals("Export brut : Q, toutes les campagnes", french.format("report.raw.title", "Q", french.get("report.raw.allCampaigns")));
    }

    @Test
    void everyReasonTheEngineGivesHasTheEnginesEnglishAndAFrenchWordingWithTheSameArguments() throws IOException {
        Properties en = bundle("en");
        Properties fr = bundle("fr");
        for (Unavailable why : Unavailable.values()) {
            String key = "reason." + why.name();
            assertEquals(why.english(), en.getProperty(key), "the English bundle says what the engine says: " + key);
            assertNotNull(fr.getProperty(key), "French lacks " + key);
            assertEquals(why.english().contains("{0}"), fr.getProperty(key).contains("{0}"), key);
            if (why != Unavailable.OTHER) {
                assertNotEquals(en.getProperty(key), fr.getProperty(key), key);
            }
        }
    }

    @Test
    void aReasonIsSaidInTheReadersLanguageNestedReasonsToo() {
        Estimate alpha = Estimate.notAvailable(Unavailable.FEW_CASES, 1);
        Estimate sem = Estimate.notAvailable(Unavailable.NO_ALPHA, alpha);
        assertEquals("alpha is not available: needs at least 2 complete cases, has 1", sem.reason());
        assertEquals(sem.reason(), ReportTexts.of(Locale.ENGLISH).reason(sem));
        assertEquals("l'alpha n'est pas disponible : il faut au moins 2 cas complets, il y en a 1",
                ReportTexts.of(Locale.FRENCH).reason(sem));
        assertEquals("the item's answers do not vary", Estimate.notAvailable(Unavailable.ITEM_CONSTANT).reason());
        assertEquals("needs at least 2 teams, has 1000", Estimate.notAvailable(Unavailable.FEW_TEAMS, 1000).reason(),
                "the engine's English writes counts plainly");
    }
}
