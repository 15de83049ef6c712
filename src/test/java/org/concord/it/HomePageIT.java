package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.concord.security.Role;
import org.openqa.selenium.By;

/** A visitor opens Concord, reads what it is for, switches to French and follows the links. */
class HomePageIT extends BrowserTest {

    @BeforeEach
    void inEnglish() {
        browser.open(server.url("/?lang=en"));
    }

    @Test
    void theHomePageExplainsCooperationAndCoordination() {
        assertEquals("Cooperation and coordination, measured", browser.text(By.id("home-title")));
        assertTrue(browser.text(By.id("cooperation")).contains("of their own free will towards a common goal"));
        assertTrue(browser.text(By.id("coordination")).contains("Mintzberg's six mechanisms"));
        assertTrue(browser.text(By.id("relation")).contains("a cooperative team is not necessarily coordinated"));
    }

    @Test
    void eachKindOfUserIsLedToTheirWork() {
        assertTrue(browser.text(By.id("role-recruiter")).startsWith("Recruiters"));
        assertTrue(browser.text(By.id("role-hr")).startsWith("HR"));
        assertTrue(browser.text(By.id("role-manager")).startsWith("Managers"));
        assertTrue(browser.text(By.id("role-admin")).startsWith("Administrators"));
        browser.screenshot("home-visitor");
    }

    @Test
    void theLanguageSwitchTurnsThePageFrenchAndTheChoiceHolds() {
        browser.click(By.id("lang-fr"));

        assertEquals("Coopération et coordination, mesurées", browser.waitForText(By.id("home-title"), "Coopération"));
        assertEquals("fr", browser.find(By.tagName("html")).getAttribute("lang"));
        assertFalse(browser.currentUrl().contains("lang="), "the switch leaves a clean address");
        assertEquals("Accueil", browser.text(By.id("nav-home")));

        browser.click(By.id("nav-home"));

        assertEquals("Coopération et coordination, mesurées", browser.text(By.id("home-title")));
        assertTrue(browser.text(By.id("role-recruiter")).startsWith("Recruteurs"));
    }

    @Test
    void switchingBackToEnglishWorksToo() {
        browser.click(By.id("lang-fr"));
        browser.waitForText(By.id("home-title"), "Coopération");

        browser.click(By.id("lang-en"));

        assertEquals("Cooperation and coordination, measured", browser.waitForText(By.id("home-title"), "Cooperation"));
    }

    @Test
    void theHealthLinkShowsTheDatabaseIsUp() {
        browser.click(By.id("go-health"));

        String shown = browser.pageText();
        assertTrue(shown.contains("\"status\":\"UP\""), shown);
        assertTrue(shown.contains("\"product\":\"H2\""), shown);
    }

    @Test
    void anUnknownAddressGetsAPageNotFoundInTheVisitorsLanguageKeptThroughSignIn() {
        server.createAccount("home-reader", "home reader password", Role.MANAGER);
        browser.click(By.id("lang-fr"));
        browser.waitForText(By.id("home-title"), "Coopération");
        browser.signIn(server, "home-reader", "home reader password");

        browser.open(server.url("/account/no-such-page.xhtml"));

        assertEquals("Page introuvable", browser.text(By.id("error-title")));
        browser.forgetSession(server);
    }

    @Test
    void aVisitorSeesTheSignInLinkAndNoLinkToClosedPages() {
        assertEquals("Sign in", browser.text(By.id("sign-in")));
        assertTrue(browser.driver().findElements(By.id("nav-questionnaires")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("nav-accounts")).isEmpty());
    }

    @Test
    void aRecruiterWhoIsAlsoHrLandsOnAHomeWithASectionPerRoleAndOnlyLinksTheyMayOpen() {
        String name = "home-rh-" + Long.toString(System.nanoTime(), 36);
        server.createAccount(name, "home recruiter password", Role.RECRUITER, Role.HR);
        browser.signIn(server, name, "home recruiter password");
        new RecruiterSteps(server, browser).newCandidate("Iris Home", name + "@example.org", "Home tester");

        browser.open(server.url("/?lang=en"));

        assertEquals("Your work", browser.text(By.cssSelector("#my-work h2")));
        browser.screenshot("home-recruiter-and-hr");
        String recruiter = browser.text(By.id("role-recruiter"));
        assertTrue(recruiter.startsWith("Recruiters"), recruiter);
        assertTrue(browser.text(By.id("home-candidates")).contains("Iris Home"), recruiter);
        assertEquals("(new)", browser.text(By.cssSelector("#home-candidates .cc-home-status")), "each candidate with their status");
        assertTrue(browser.text(By.id("role-hr")).startsWith("HR"));
        assertTrue(browser.driver().findElements(By.id("role-manager")).isEmpty(), "no manager section for a non-manager");
        assertTrue(browser.driver().findElements(By.id("role-admin")).isEmpty(), "no administrator section");
        assertTrue(browser.driver().findElements(By.id("go-accounts")).isEmpty(), "no link that answers Access refused");
        assertTrue(browser.driver().findElements(By.id("go-team-results")).isEmpty());

        browser.click(By.linkText("Iris Home"));
        assertTrue(browser.currentUrl().contains("/recruiter/candidate.xhtml?id="), browser.currentUrl());
        browser.forgetSession(server);
    }

    @Test
    void aManagerSeesOnlyTheManagerSectionAndEveryLinkOnItOpens() {
        server.createAccount("home-manager", "home manager password", Role.MANAGER);
        browser.signIn(server, "home-manager", "home manager password");
        assertEquals(server.url("/"), browser.currentUrl(), "sign-in leads home");

        assertTrue(browser.text(By.id("role-manager")).startsWith("Managers"));
        browser.screenshot("home-manager");
        assertTrue(browser.driver().findElements(By.id("role-recruiter")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("role-hr")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("role-admin")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("go-campaigns")).isEmpty());

        browser.click(By.id("go-team-results"));
        assertFalse(browser.pageText().contains("Access refused"), browser.pageText());
        assertTrue(browser.currentUrl().contains("/manager/teams.xhtml"), browser.currentUrl());
        browser.forgetSession(server);
    }

    @Test
    void anAdministratorReachesAccountsAndTheAuditTrailFromHome() {
        server.createAccount("home-admin", "home admin password", Role.ADMIN);
        browser.signIn(server, "home-admin", "home admin password");
        browser.open(server.url("/?lang=en"));

        assertTrue(browser.text(By.id("role-admin")).startsWith("Administrators"));
        browser.screenshot("home-administrator");
        assertTrue(browser.driver().findElements(By.id("role-recruiter")).isEmpty());
        browser.click(By.id("go-audit"));
        assertTrue(browser.currentUrl().contains("/admin/audit.xhtml"), browser.currentUrl());
        assertFalse(browser.pageText().contains("Access refused"), browser.pageText());
        browser.forgetSession(server);
    }

    @Test
    void aVisitorSeesWhatEachRoleDoesButNoLinkIntoClosedPages() {
        assertTrue(browser.text(By.id("roles-overview")).contains("Sign in to see your own work"));
        assertTrue(browser.driver().findElements(By.id("go-candidates")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("go-campaigns")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("go-accounts")).isEmpty());
    }
}
