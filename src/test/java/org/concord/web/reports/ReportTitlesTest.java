package org.concord.web.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportTitlesTest {

    @Test
    void archivedTitlesAreSaidInTheReadersLanguageWhateverTheyWereGeneratedIn() {
        assertEquals("Rapport d'équipes : Sales (Spring)", ReportTitles.inLanguage("Team report: Sales (Spring)", Locale.FRENCH));
        assertEquals("Team report: Sales (Spring)", ReportTitles.inLanguage("Rapport d'équipes : Sales (Spring)", Locale.ENGLISH));
        assertEquals("Team report: Sales (Spring)", ReportTitles.inLanguage("Team report: Sales (Spring)", Locale.ENGLISH));
        assertEquals("Export brut : Climate climate, toutes les campagnes",
                ReportTitles.inLanguage("Raw export: Climate climate, all campaigns", Locale.FRENCH));
        assertEquals("My own title", ReportTitles.inLanguage("My own title", Locale.FRENCH), "an unknown wording is shown as it is");
    }
}
