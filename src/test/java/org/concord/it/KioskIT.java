package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The kiosk as a locked screen, walked in the browser: the candidate at the recruiter's screen
 * sees no navigation, no recruiter name and no sign-out, cannot reach a recruiter page, agrees
 * before answering, sees their progress in answered questions and a review before the one
 * submit; handing the screen back ends the session and the recruiter signs in again. Then the
 * candidate page's chart speaks the language chosen now, switched English, French, English.
 */
class KioskIT extends BrowserTest {

    private static final Questionnaire SELF_REPORT = RespondentTexts.SELF_REPORT;
    private static final String PASSWORD = "Correct-horse-battery-9";

    @Test
    void theKioskIsALockedScreenHandedBackBySigningInAgain() {
        String recruiter = "recruiter-kx" + Long.toString(System.nanoTime(), 36);
        server.createAccount(recruiter, PASSWORD, Role.RECRUITER);
        browser.signIn(server, recruiter, PASSWORD);
        long candidate = new RecruiterSteps(server, browser).newCandidate("Kim Kiosk", "kim@example.org", "Analyst").id();

        browser.type(By.id("give:unlock-code"), "2468");
        browser.clickAndWaitForPage(By.id("give:start-kiosk"));
        assertTrue(browser.currentUrl().contains("/recruiter/kiosk.xhtml"), browser.currentUrl());
        assertLocked();
        browser.screenshot("kiosk-1-consent");

        browser.open(server.url("/recruiter/candidates.xhtml"));
        assertTrue(browser.currentUrl().contains("/recruiter/kiosk.xhtml"), "a recruiter page is refused: " + browser.currentUrl());
        browser.open(server.url("/recruiter/candidate.xhtml?id=" + candidate));
        assertTrue(browser.currentUrl().contains("/recruiter/kiosk.xhtml"), "the candidate's own results are refused too");
        assertLocked();

        browser.click(By.id("consent-form:start"));
        browser.waitForText(By.id("consent-form:consent-message"), "agree");
        browser.click(By.id("consent-form:consent"));
        browser.clickAndWaitForPage(By.id("consent-form:start"));
        int total = SELF_REPORT.items().size();
        assertEquals("0 of " + total + " answered", browser.text(By.id("progress")));

        int answered = 0;
        for (Item item : SELF_REPORT.items()) {
            if (!browser.driver().findElements(By.id("item-" + item.id())).isEmpty()) {
                browser.click(By.cssSelector("#item-" + item.id() + " input[value='3']"));
                answered++;
            }
        }
        browser.clickAndWaitForPage(By.id("answers:next"));
        assertEquals(answered + " of " + total + " answered", browser.text(By.id("progress")),
                "progress counts answered questions, not pages");
        assertLocked();
        browser.screenshot("kiosk-2-questions");
        while (!browser.driver().findElements(By.id("answers:next")).isEmpty()) {
            browser.clickAndWaitForPage(By.id("answers:next"));
        }
        browser.clickAndWaitForPage(By.id("answers:to-review"));
        assertEquals("Before you submit", browser.text(By.id("page-indicator")));
        browser.screenshot("kiosk-3-review");
        assertTrue(browser.text(By.id("skipped")).contains("You left " + (total - answered) + " unanswered"), browser.text(By.id("skipped")));
        assertEquals(answered + " of " + total + " answered", browser.text(By.id("progress")), "never 100% with questions unanswered");
        browser.clickAndWaitForPage(By.id("answers:back"));
        assertFalse(browser.driver().findElements(By.id("answers:to-review")).isEmpty(), "back leads to the last questions");
        browser.clickAndWaitForPage(By.id("answers:to-review"));
        browser.clickAndWaitForPage(By.id("answers:submit"));
        assertEquals("Thank you!", browser.text(By.id("thanks-title")));
        assertLocked();
        browser.screenshot("kiosk-4-hand-back");

        browser.type(By.id("unlock:code"), "1111");
        browser.click(By.id("unlock:end-kiosk"));
        browser.waitForText(By.id("messages"), "not the unlock code");
        browser.type(By.id("unlock:code"), "2468");
        browser.clickAndWaitForPage(By.id("unlock:end-kiosk"));
        assertTrue(browser.currentUrl().contains("/signin.xhtml"), "handing back ends the session: " + browser.currentUrl());
        assertTrue(browser.text(By.id("handed-back")).contains("Sign in again"), browser.pageText());

        browser.open(server.url("/recruiter/candidates.xhtml"));
        assertTrue(browser.currentUrl().contains("/signin.xhtml"), "nothing of the recruiter's access is left: " + browser.currentUrl());
        browser.open(server.url("/signin.xhtml?next=" + java.net.URLEncoder.encode("/recruiter/candidate.xhtml?id=" + candidate,
                java.nio.charset.StandardCharsets.UTF_8)));
        browser.submitSignIn(recruiter, PASSWORD);
        assertTrue(browser.currentUrl().contains("/recruiter/candidate.xhtml"), browser.currentUrl());
        assertTrue(browser.driver().findElements(By.id("self-report-chart")).size() == 1, "the submitted self-report has its chart");

        String english = ResourceBundle.getBundle("messages", Locale.ENGLISH).getString("recruiter.chart.interval");
        String french = ResourceBundle.getBundle("messages", Locale.FRENCH).getString("recruiter.chart.interval");
        for (String language : new String[] {"en", "fr", "en"}) {
            browser.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=" + language));
            String source = charts(browser);
            String shown = language.equals("fr") ? french : english;
            String other = language.equals("fr") ? english : french;
            assertTrue(legend(shown).matcher(source).find(), language + ": the legend says " + shown + " in " + source);
            assertFalse(legend(other).matcher(source).find(), language + ": the legend no longer says " + other);
        }
    }

    /** The configurations of the page's charts, as the browser's chart widgets hold them, in JSON. */
    static String charts(Browser browser) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return Object.values(PrimeFaces.widgets).filter(w => w && w.cfg && w.cfg.config)"
                        + ".map(w => JSON.stringify(w.cfg.config)).join('\\n');"));
    }

    /** A dataset label in the chart's configuration as the page holds it (its quotes may be escaped). */
    static java.util.regex.Pattern legend(String label) {
        return java.util.regex.Pattern.compile("label\\\\?\"\\s*:\\s*\\\\?\"" + java.util.regex.Pattern.quote(label) + "\\\\?\"");
    }

    /** What the candidate must not see on the recruiter's screen. */
    private static void assertLocked() {
        for (String id : new String[] {"nav-home", "nav-candidates", "user-name", "sign-out-form:sign-out", "sign-in", "brand"}) {
            assertTrue(browser.driver().findElements(By.id(id)).isEmpty(), "the locked screen shows no " + id);
        }
        assertFalse(browser.pageText().contains("recruiter-kx"), "the recruiter's name is not shown");
    }
}
