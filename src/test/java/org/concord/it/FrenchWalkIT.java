package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.concord.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Walks every page of every role in French, sends each form bad input (empty, too long,
 * malformed, out of range, refused by a service) and reads the whole page after each step: no
 * text of the English bundle may show, and the refusals asked for show their French message
 * beside their field. Each English text found is reported with the address it was read at.
 */
class FrenchWalkIT {

    private static final String PASSWORD = "a long password for the French walk";
    private static final String TOO_LONG = "x".repeat(201);
    /**
     * Stored data a page shows as it was written, not text of Concord's: the display name the
     * first administrator account is given at first start (the person may rename it), wave labels
     * other tests on the same server typed in English, and the titles of reports other tests had
     * generated in English (a title is written once, in its requester's language).
     */
    private static final List<String> DATA = List.of("Administrator", "before team building", "after team building",
            "Team cooperation climate team-cooperation-climate", ".v1, all campaigns");

    private static ConcordServer server;
    private static EnglishLeaks leaks;

    private final String suffix = Long.toString(System.nanoTime(), 36);
    private final List<String> found = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = ConcordServer.get();
        leaks = new EnglishLeaks();
        assertFalse(leaks.in("a page in English", "Concord\n" + leaks.englishValue("password.problem.current")).isEmpty(),
                "the walk finds an English text where there is one");
    }

    @AfterEach
    void noEnglishWasShown() {
        assertTrue(found.isEmpty(), "English shown in French pages:\n" + String.join("\n", found));
    }

    @Test
    void aVisitorAndAnAdministratorSeeOnlyFrench() {
        try (Browser browser = new Browser()) {
            visit(browser, "/signin.xhtml?lang=fr");
            browser.clickAndWaitForPage(By.id("signin:submit"));
            beside(browser, "signin:username-message", leaks.frenchValue("signin.username.required"));
            beside(browser, "signin:password-message", leaks.frenchValue("signin.password.required"));
            read(browser);
            browser.submitSignIn("nobody-" + suffix, "not the password at all");
            beside(browser, "messages", leaks.french("signin.failed"));
            read(browser);

            signIn(browser, "fr-admin-" + suffix, Role.ADMIN);
            visit(browser, "/admin/accounts.xhtml");
            browser.click(By.id("new-account:create"));
            beside(browser, "new-account:new-username-message", leaks.frenchValue("accounts.username.required"));
            read(browser);
            browser.type(By.id("new-account:new-username"), "not a user name!");
            browser.type(By.id("new-account:new-display-name"), TOO_LONG);
            browser.click(By.id("new-account:create"));
            beside(browser, "new-account:new-username-message", leaks.french("accounts.problem.username"));
            read(browser);
            visit(browser, "/admin/audit.xhtml");
            visit(browser, "/admin/questionnaires.xhtml");
            walkQuestionnaires(browser);
            walkPassword(browser);
        }
    }

    @Test
    void hrAManagerAndARespondentSeeOnlyFrench() throws Exception {
        String manager = "fr-manager-" + suffix;
        server.createAccount(manager, PASSWORD, Role.MANAGER);
        long team;
        long campaign;
        String link;
        try (Browser browser = new Browser()) {
            signIn(browser, "fr-hr-" + suffix, Role.HR);
            visit(browser, "/hr/teams.xhtml");
            browser.clickAndWaitForPage(By.id("new-team:create"));
            beside(browser, "new-team:name-message", leaks.frenchValue("hr.required"));
            read(browser);
            browser.type(By.id("new-team:name"), TOO_LONG);
            browser.clickAndWaitForPage(By.id("new-team:create"));
            beside(browser, "new-team:name-message", leaks.french("text.tooLong", leaks.frenchValue("field.name"), 200));
            read(browser);
            browser.type(By.id("new-team:name"), "Équipe " + suffix);
            browser.choose(By.id("new-team:manager"), manager);
            browser.clickAndWaitForPage(By.id("new-team:create"));
            browser.waitForText(By.id("team-name"), "Équipe " + suffix);
            team = Long.parseLong(browser.currentUrl().replaceAll(".*[?&]team=(\\d+).*", "$1"));
            read(browser);

            browser.clickAndWaitForPage(By.id("member-form:add-member"));
            beside(browser, "member-form:member-name-message", leaks.frenchValue("hr.required"));
            read(browser);
            browser.type(By.id("member-form:member-name"), "Zoé " + suffix);
            browser.type(By.id("member-form:member-email"), "pas-une-adresse");
            withoutBrowserChecks(browser);
            browser.clickAndWaitForPage(By.id("member-form:add-member"));
            beside(browser, "member-form:member-email-message", leaks.french("text.email", "pas-une-adresse"));
            read(browser);
            browser.type(By.id("member-form:member-email"), "zoe-" + suffix + "@example.org");
            browser.clickAndWaitForPage(By.id("member-form:add-member"));
            read(browser);
            browser.type(By.id("team-form:name"), TOO_LONG);
            browser.clickAndWaitForPage(By.id("team-form:save"));
            beside(browser, "team-form:name-message", leaks.french("text.tooLong", leaks.frenchValue("field.name"), 200));
            read(browser);
            Path bad = Files.writeString(Files.createTempFile("members", ".csv"), "name,email\nAda,ada@example.org\nBob,bob-at-example\n");
            browser.find(By.cssSelector("input[type=file]")).sendKeys(bad.toString());
            browser.clickAndWaitForPage(By.id("upload-form:upload"));
            read(browser);

            visit(browser, "/hr/campaigns.xhtml");
            visit(browser, "/hr/campaign.xhtml");
            browser.clickAndWaitForPage(By.id("campaign-form:save"));
            beside(browser, "campaign-form:name-message", leaks.frenchValue("hr.required"));
            read(browser);
            browser.type(By.id("campaign-form:name"), TOO_LONG);
            browser.type(By.id("campaign-form:wave"), "avant la formation");
            browser.type(By.id("campaign-form:opens"), "31/12/2026");
            browser.type(By.id("campaign-form:closes"), "2026-04-01");
            chooseTeam(browser, team, "Équipe " + suffix);
            browser.clickAndWaitForPage(By.id("campaign-form:save"));
            beside(browser, "campaign-form:opens-message", leaks.frenchValue("hr.date.invalid"));
            read(browser);
            browser.type(By.id("campaign-form:opens"), "2026-05-01");
            browser.clickAndWaitForPage(By.id("campaign-form:save"));
            beside(browser, "campaign-form:name-message", leaks.frenchValidation("concord.tooLong", "max", 200));
            read(browser);
            browser.type(By.id("campaign-form:name"), "Climat " + suffix);
            browser.clickAndWaitForPage(By.id("campaign-form:save"));
            beside(browser, "campaign-form:closes-message", leaks.french("hr.campaign.closesBeforeOpens"));
            read(browser);
            browser.type(By.id("campaign-form:opens"), "2026-01-01");
            browser.type(By.id("campaign-form:closes"), "2099-12-31");
            browser.clickAndWaitForPage(By.id("campaign-form:save"));
            campaign = campaignId(browser);
            read(browser);
            browser.clickAndWaitForPage(By.id("follow-up-form:start-follow-up"));
            beside(browser, "follow-up-form:next-wave-message", leaks.frenchValue("hr.required"));
            read(browser);
            browser.click(By.id("links-form:generate"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.id("links-text")).isEmpty());
            link = browser.attribute(By.id("links-text"), "value").split("\n")[0].replaceAll("^.*?(http\\S+)$", "$1");
            read(browser);
            visit(browser, "/hr/organisation.xhtml?campaign=" + campaign);
            visit(browser, "/manager/team.xhtml?campaign=" + campaign + "&team=" + team);
            visit(browser, "/reports/index.xhtml");
            walkQuestionnaires(browser);
            walkPassword(browser);
        }
        try (Browser browser = new Browser()) {
            browser.open(server.url("/signin.xhtml?lang=fr"));
            browser.signIn(server, manager, PASSWORD);
            visit(browser, "/?lang=fr");
            visit(browser, "/manager/teams.xhtml");
            visit(browser, "/manager/team.xhtml?campaign=" + campaign + "&team=" + team);
        }
        try (Browser browser = new Browser()) {
            browser.open(link + "&lang=fr");
            read(browser);
            browser.click(By.id("consent-form:start"));
            beside(browser, "consent-form:consent-message", leaks.french("respond.consent.required"));
            read(browser);
            browser.click(By.id("consent-form:consent"));
            browser.click(By.id("consent-form:start"));
            browser.find(By.id("answers"));
            read(browser);
        }
    }

    @Test
    void aRecruiterSeesOnlyFrench() {
        try (Browser browser = new Browser()) {
            signIn(browser, "fr-recruiter-" + suffix, Role.RECRUITER);
            visit(browser, "/recruiter/candidates.xhtml");
            visit(browser, "/recruiter/new-candidate.xhtml");
            browser.click(By.id("candidate:save"));
            beside(browser, "candidate:name-message", leaks.frenchValue("recruiter.new.nameRequired"));
            beside(browser, "candidate:position-message", leaks.frenchValue("recruiter.new.positionRequired"));
            read(browser);
            browser.type(By.id("candidate:name"), TOO_LONG);
            browser.type(By.id("candidate:email"), "pas-une-adresse");
            browser.type(By.id("candidate:position"), "Comptable");
            browser.type(By.id("candidate:retention"), "0");
            browser.click(By.id("candidate:save"));
            beside(browser, "candidate:email-message", leaks.frenchValue("recruiter.new.emailInvalid"));
            beside(browser, "candidate:retention-message", leaks.frenchValue("recruiter.new.retentionRange"));
            read(browser);
            browser.type(By.id("candidate:email"), "lea-" + suffix + "@example.org");
            browser.type(By.id("candidate:retention"), "30");
            browser.click(By.id("candidate:save"));
            beside(browser, "candidate:consent-message", leaks.french("recruiter.error.noConsent"));
            read(browser);
            browser.click(By.cssSelector("#candidate\\:consent .ui-chkbox-box"));
            browser.click(By.id("candidate:save"));
            beside(browser, "candidate:name-message", leaks.french("text.tooLong", leaks.frenchValue("field.name"), 200));
            read(browser);
            browser.type(By.id("candidate:name"), "Léa " + suffix);
            browser.clickAndWaitForPage(By.id("candidate:save"));
            long candidate = Long.parseLong(browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            read(browser);

            browser.click(By.id("panel:add-interviewer"));
            beside(browser, "panel:interviewer-message", leaks.frenchValue("recruiter.panel.usernameRequired"));
            read(browser);
            browser.type(By.id("panel:interviewer"), "personne-" + suffix);
            browser.click(By.id("panel:add-interviewer"));
            beside(browser, "panel:interviewer-message", leaks.french("recruiter.panel.unknown", "personne-" + suffix));
            read(browser);
            browser.click(By.id("give:start-kiosk"));
            beside(browser, "give:unlock-code-message", leaks.french("recruiter.kiosk.codeTooShort", 4));
            read(browser);
            visit(browser, "/recruiter/interview.xhtml?candidate=" + candidate);
            visit(browser, "/recruiter/candidate.xhtml?id=" + candidate);
            browser.type(By.id("give:unlock-code"), "2468");
            browser.clickAndWaitForPage(By.id("give:start-kiosk"));
            read(browser);
            browser.type(By.id("unlock:code"), "1111");
            browser.click(By.id("unlock:end-kiosk"));
            beside(browser, "unlock:code-message", leaks.french("recruiter.kiosk.wrongCode"));
            read(browser);
            browser.type(By.id("unlock:code"), "2468");
            browser.clickAndWaitForPage(By.id("unlock:end-kiosk"));
            read(browser);
            browser.submitSignIn("fr-recruiter-" + suffix, PASSWORD);
            walkQuestionnaires(browser);
        }
    }

    /** The questionnaires page and the preview of the first questionnaire listed. */
    private void walkQuestionnaires(Browser browser) {
        visit(browser, "/questionnaires.xhtml");
        browser.clickAndWaitForPage(By.cssSelector("a[id$='preview']"));
        read(browser);
    }

    /** The password page: nothing typed, then a wrong current password. */
    private void walkPassword(Browser browser) {
        visit(browser, "/account/password.xhtml");
        browser.clickAndWaitForPage(By.id("password:change"));
        beside(browser, "password:current-message", leaks.frenchValue("password.current.required"));
        read(browser);
        browser.type(By.id("password:current"), "not my password at all");
        browser.type(By.id("password:chosen"), "cobalt meadow lantern seventy");
        browser.type(By.id("password:repeated"), "cobalt meadow lantern seventy");
        browser.clickAndWaitForPage(By.id("password:change"));
        assertTrue(EnglishLeaks.normal(browser.pageText()).contains(leaks.french("password.problem.current")), browser.pageText());
        read(browser);
    }

    private void signIn(Browser browser, String username, Role role) {
        server.createAccount(username, PASSWORD, role);
        browser.open(server.url("/signin.xhtml?lang=fr"));
        browser.signIn(server, username, PASSWORD);
        visit(browser, "/?lang=fr");
    }

    private void chooseTeam(Browser browser, long team, String name) {
        browser.type(By.id("campaign-form:teams_input"), name);
        browser.click(By.cssSelector("#campaign-form\\:teams_panel li[data-item-value='" + team + "']"));
        browser.waitForText(By.id("campaign-form:teams"), name);
    }

    /** Lets the forms send what the browser would refuse itself (an e-mail field's format), as a script could. */
    private static void withoutBrowserChecks(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelectorAll('form').forEach(f => f.noValidate = true);");
    }

    private static long campaignId(Browser browser) {
        return Long.parseLong(browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private void visit(Browser browser, String path) {
        browser.open(server.url(path));
        read(browser);
    }

    /** Reads the whole page as shown and keeps each English text found in it. */
    private void read(Browser browser) {
        browser.waitUntilLoaded();
        String text = browser.pageText();
        for (String data : DATA) {
            text = text.replace(data, "");
        }
        found.addAll(leaks.in(browser.currentUrl(), text));
    }

    /** Waits until the element {@code id} (the message beside a field) shows {@code text}. */
    private static void beside(Browser browser, String id, String text) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(WebDriverException.class).until(d ->
                    EnglishLeaks.normal(d.findElement(By.id(id)).getText()).contains(text));
        } catch (TimeoutException e) {
            String shown = browser.driver().findElements(By.id(id)).stream().map(element -> element.getText())
                    .findFirst().orElse("(no element " + id + ")");
            throw new AssertionError(browser.currentUrl() + ": expected beside " + id + " \"" + text + "\" but it shows \""
                    + shown + "\"; the page shows: " + browser.pageText(), e);
        }
    }
}
