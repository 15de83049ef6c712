package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.concord.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A signed-in person reads the questionnaire catalog; an administrator reads the files and their problems. */
class CatalogIT extends BrowserTest {

    @BeforeAll
    static void start() {
        server.createAccount("catalog-admin", "catalog admin password", Role.ADMIN);
        browser.signIn(server, "catalog-admin", "catalog admin password");
    }

    @Test
    void theCatalogListsTheFourInstrumentsWithScalesSourceAndLicence() {
        browser.open(server.url("/?lang=en"));
        browser.click(By.id("nav-questionnaires"));

        assertEquals("Questionnaires", browser.text(By.id("catalog-title")));
        List<WebElement> instruments = browser.driver().findElements(By.cssSelector(".cc-instrument"));
        assertEquals(4, instruments.size(), "the broken file is not in the catalog");

        String maturity = browser.text(By.id("instrument-coordination-maturity"));
        assertTrue(maturity.contains("Team coordination maturity"), maturity);
        assertTrue(maturity.contains("coordination-maturity.v1"), maturity);
        assertTrue(maturity.contains("Items: 36"), maturity);
        assertTrue(maturity.contains("Mutual adjustment"), maturity);
        assertTrue(maturity.contains("Not yet validated"), maturity);
        assertTrue(maturity.contains("Source: Concord"), maturity);

        String cooperativeness = browser.text(By.id("instrument-cooperativeness"));
        assertTrue(cooperativeness.contains("International Personality Item Pool"), cooperativeness);
        assertTrue(cooperativeness.contains("Public domain"), cooperativeness);
        assertTrue(cooperativeness.contains("Languages: English, French"), cooperativeness);
        assertTrue(cooperativeness.contains("cooperativeness.v2"), "the latest version, the one given out: " + cooperativeness);
    }

    @Test
    void theCatalogSpeaksFrench() {
        browser.open(server.url("/questionnaires.xhtml?lang=fr"));

        String maturity = browser.text(By.id("instrument-coordination-maturity"));
        assertTrue(maturity.contains("Maturité de la coordination d'équipe"), maturity);
        assertTrue(maturity.contains("Ajustement mutuel"), maturity);
        assertTrue(maturity.contains("Pas encore validé"), maturity);
    }

    @Test
    void theAdministratorSeesTheBrokenFileWithItsLineAndWhatToChange() {
        browser.open(server.url("/?lang=en"));
        browser.click(By.id("go-admin-questionnaires"));

        assertEquals("Questionnaire files", browser.text(By.id("files-title")));
        assertTrue(browser.text(By.id("files-summary")).contains("Files: 6 · Broken: 1"), browser.text(By.id("files-summary")));
        String broken = browser.text(By.cssSelector("#files tr.cc-file-broken"));
        assertTrue(broken.startsWith(ConcordServer.BROKEN_FILE), broken);
        assertTrue(broken.contains(ConcordServer.BROKEN_FILE + ":69: item 'trust-3' names scale 'trst', which is not defined; "
                + "use one of: trust, helping"), broken);
        assertEquals(5, browser.driver().findElements(By.cssSelector("#files tr.cc-file-ok")).size(),
                "cooperativeness in versions 1 and 2, and the three others");
    }
}
