package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.concord.campaign.Answering;
import org.concord.database.Container;
import org.concord.questionnaire.Item;
import org.concord.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages a signed-in person reaches (each role's home, the recruiter's new-candidate form,
 * interview page and every step of the kiosk, HR's organisation, interviews and reports pages,
 * the manager's teams and a closed wave's results with its charts, the account pages, the
 * questionnaire library and a preview, the 403 and 404 pages) pass axe-core's WCAG 2.1 AA rules
 * in English and in French, with the page's language in {@code html lang}, the skip link first,
 * and one h1 with headings going down one level at a time. One browser walks them all; every
 * violation of every page is kept and the test fails once, naming each page, rule and element.
 */
class SignedInPagesAccessibilityIT extends BrowserTest {

    private static final String PASSWORD = "a long password for the accessibility walk";
    private static final List<String> LANGUAGES = List.of("en", "fr");

    private final String suffix = Long.toString(System.nanoTime(), 36);
    private final List<String> found = new ArrayList<>();

    @Test
    void everySignedInPagePassesWcag21AAInBothLanguages() throws Exception {
        HrSteps hr = new HrSteps(server, browser);
        String manager = "a11y-manager-" + suffix;
        server.createAccount(manager, PASSWORD, Role.MANAGER); // a team's manager is an existing manager account
        browser.forgetSession(server);
        hr.signInAs("a11y-hr-" + suffix, Role.HR);
        long team = hr.createTeam("Team " + suffix, manager);
        hr.uploadMembers(suffix, 5);
        long campaign = hr.createCampaign("Climate " + suffix, "first wave", List.of(team));
        browser.click(By.id("links-form:generate"));
        browser.waitForText(By.id("messages"), "links ready");
        List<String> links = List.of(browser.attribute(By.id("links-text"), "value").split("\n")).stream()
                .map(line -> line.substring(line.lastIndexOf('\t') + 1)).toList();
        try (Container container = ServerJpa.open(server)) {
            for (int m = 0; m < links.size(); m++) {
                int member = m;
                Answering.submit(container, Answering.token(links.get(m)),
                        item -> 1 + (member + Math.abs(item.id().hashCode())) % 5);
            }
        }
        hr.closeWave(campaign);
        String results = "/manager/team.xhtml?campaign=" + campaign + "&team=" + team;
        for (String language : LANGUAGES) {
            check(language, "/", "/hr/organisation.xhtml?campaign=" + campaign, "/hr/interviews.xhtml", "/reports/index.xhtml",
                    "/manager/teams.xhtml", results, "/questionnaires.xhtml", "/preview.xhtml?q=cooperativeness",
                    "/account/password.xhtml", "/account/tokens.xhtml", "/admin/accounts.xhtml", "/no-such-page.xhtml");
        }

        for (String language : LANGUAGES) {
            generateTeamReport(language, campaign);
        }

        browser.signOut();
        browser.signIn(server, manager, PASSWORD);
        for (String language : LANGUAGES) {
            check(language, "/", "/manager/teams.xhtml", results);
        }

        signInAgain("a11y-admin-" + suffix, Role.ADMIN);
        for (String language : LANGUAGES) {
            check(language, "/", "/admin/questionnaires.xhtml", "/hr/teams.xhtml");
        }

        String recruiter = "a11y-recruiter-" + suffix;
        signInAgain(recruiter, Role.RECRUITER);
        for (String language : LANGUAGES) {
            check(language, "/", "/recruiter/new-candidate.xhtml");
            browser.click(By.id("candidate:save"));
            shown(By.id("candidate:name-message"));
            collect(language, "/recruiter/new-candidate.xhtml (refused)");
            long candidate = new RecruiterSteps(server, browser).newCandidate("Kim " + language + " " + suffix,
                    "kim-" + language + "-" + suffix + "@example.org", "Analyst").id();
            check(language, "/recruiter/interview.xhtml?candidate=" + candidate);
            walkKiosk(language, candidate, recruiter);
        }
        assertEquals(List.of(), found, found.size() + " violations:\n" + String.join("\n", found));
    }

    /** The kiosk in {@code language}: consent, a page of questions, the review, the thanks and hand-back, the sign-in after it. */
    private void walkKiosk(String language, long candidate, String recruiter) {
        browser.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=" + language));
        browser.type(By.id("give:unlock-code"), "2468");
        browser.clickAndWaitForPage(By.id("give:start-kiosk"));
        assertTrue(browser.currentUrl().contains("/recruiter/kiosk.xhtml"), browser.currentUrl());
        collect(language, "kiosk: consent");
        browser.click(By.id("consent-form:start"));
        shown(By.id("consent-form:consent-message"));
        collect(language, "kiosk: consent refused");
        browser.click(By.id("consent-form:consent"));
        browser.clickAndWaitForPage(By.id("consent-form:start"));
        collect(language, "kiosk: first page");
        for (Item item : RespondentTexts.SELF_REPORT.items()) {
            if (!browser.driver().findElements(By.id("item-" + item.id())).isEmpty()) {
                browser.click(By.cssSelector("#item-" + item.id() + " input[value='3']"));
            }
        }
        browser.clickAndWaitForPage(By.id("answers:next"));
        collect(language, "kiosk: second page");
        while (!browser.driver().findElements(By.id("answers:next")).isEmpty()) {
            browser.clickAndWaitForPage(By.id("answers:next"));
        }
        browser.clickAndWaitForPage(By.id("answers:to-review"));
        collect(language, "kiosk: review");
        browser.clickAndWaitForPage(By.id("answers:submit"));
        browser.find(By.id("thanks-title"));
        collect(language, "kiosk: thanks and hand-back");
        browser.type(By.id("unlock:code"), "2468");
        browser.clickAndWaitForPage(By.id("unlock:end-kiosk"));
        browser.find(By.id("handed-back"));
        collect(language, "kiosk: handed back");
        browser.submitSignIn(recruiter, PASSWORD);
    }

    /** The Reports page once a team report has been generated: its bar full, its message shown, the report listed. */
    private void generateTeamReport(String language, long campaign) {
        browser.open(server.url("/reports/index.xhtml?lang=" + language));
        new Select(browser.find(By.id("team-form:team-campaign"))).selectByValue(String.valueOf(campaign));
        browser.click(By.id("team-form:generate-team"));
        WebDriverWait patiently = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
        patiently.ignoring(WebDriverException.class).until(d ->
                "100%".equals(d.findElement(By.cssSelector("#team-form\\:team-progress .ui-progressbar-label")).getText()));
        patiently.until(d -> !d.findElement(By.id("team-form:team-messages")).getText().isBlank());
        collect(language, "/reports/index.xhtml (a team report generated)");
    }

    /** Waits until the element (a refusal beside a field) shows some text. */
    private static void shown(By by) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> !d.findElement(by).getText().isBlank());
    }

    /** Signs out and in again as a new account with {@code role}. */
    private void signInAgain(String username, Role role) {
        browser.signOut();
        server.createAccount(username, PASSWORD, role);
        browser.signIn(server, username, PASSWORD);
    }

    /** Opens each page in {@code language} and keeps what axe finds on it. */
    private void check(String language, String... pages) {
        for (String page : pages) {
            browser.open(server.url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
            browser.waitUntilLoaded();
            collect(language, page);
        }
    }

    private void collect(String language, String page) {
        String shown = browser.driver().findElement(By.tagName("html")).getAttribute("lang");
        if (!language.equals(shown)) {
            found.add(page + " [" + language + "] html lang is \"" + shown + "\"");
        }
        Accessibility.violations(browser.driver()).forEach(violation -> found.add(page + " [" + language + "] " + violation));
        String outline = String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))"
                        + ".filter(h => h.getClientRects().length > 0).map(h => h.tagName.substring(1)).join('');"));
        if (!descends(outline) || outline.chars().filter(level -> level == '1').count() != 1) {
            found.add(page + " [" + language + "] headings are not one h1 then levels one step down at a time: h" + outline);
        }
        String skip = String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "const first = document.querySelector('body a[href]');"
                        + "return first && first.getAttribute('href') === '#content' && document.querySelector('main#content') ? 'ok' : 'none';"));
        if (!"ok".equals(skip)) {
            found.add(page + " [" + language + "] the first link is not the skip link to main#content");
        }
    }

    /** Heading levels in page order: an h1 first, and each next heading at most one level below the one before. */
    private static boolean descends(String outline) {
        if (outline.isEmpty() || outline.charAt(0) != '1') {
            return false;
        }
        for (int i = 1; i < outline.length(); i++) {
            if (outline.charAt(i) > outline.charAt(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }
}
