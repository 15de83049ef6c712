package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
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
        assertFalse(french.get("reports.failed").contains("''"));
        assertEquals("L'export est prêt : X", french.format("reports.done", "X"));
        assertEquals("Export brut : Q, toutes les campagnes", french.format("report.raw.title", "Q", french.get("report.raw.allCampaigns")));
    }
}
