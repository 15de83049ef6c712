package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.concord.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One date format per language on every page that shows dates: a recruiter's candidate list and
 * candidate page, the administrator's audit trail, walked in English and in French; days and
 * moments are written the one way of the language, never as 2027-02-25. The audit trail says
 * its actions and details in the reader's language too.
 */
class DateFormatsIT extends BrowserTest {

    private static final String PASSWORD = "Correct-horse-battery-9";
    private static final Pattern ENGLISH_DAY = Pattern.compile("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{1,2}, \\d{4}");
    private static final Pattern FRENCH_DAY = Pattern.compile(
            "\\d{1,2} (janv\\.|févr\\.|mars|avr\\.|mai|juin|juil\\.|août|sept\\.|oct\\.|nov\\.|déc\\.) \\d{4}");
    private static final Pattern ISO = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @Test
    void everyPageWritesDaysAndMomentsTheOneWayOfItsLanguage() {
        String suffix = Long.toString(System.nanoTime(), 36);
        server.createAccount("dates-r-" + suffix, PASSWORD, Role.RECRUITER);
        browser.signIn(server, "dates-r-" + suffix, PASSWORD);
        long candidate = new RecruiterSteps(server, browser).newCandidate("Dana Dates", "dana@example.org", "Buyer").id();
        for (String language : List.of("en", "fr", "en")) {
            browser.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=" + language));
            List<WebElement> facts = browser.driver().findElements(By.cssSelector(".cc-facts dd"));
            String consentAt = facts.get(3).getText().strip();
            String deleteAfter = facts.get(4).getText().strip();
            assertDay(language, deleteAfter, "");
            assertDay(language, consentAt, ", \\d{2}:\\d{2} UTC");
            browser.open(server.url("/recruiter/candidates.xhtml"));
            String created = browser.text(By.cssSelector("[id$='candidates_data'] tr td:nth-last-child(2)"));
            assertDay(language, created, "");
            assertFalse(ISO.matcher(browser.text(By.id("content"))).find(), browser.text(By.id("content")));
        }
        browser.clickAndWaitForPage(By.id("sign-out-form:sign-out"));
        browser.open(server.url("/signin.xhtml"));
        browser.submitSignIn("nobody-" + suffix, "Wrong-password-1");
        server.createAccount("dates-a-" + suffix, PASSWORD, Role.ADMIN);
        browser.signIn(server, "dates-a-" + suffix, PASSWORD);
        for (String language : List.of("fr", "en")) {
            browser.open(server.url("/admin/audit.xhtml?lang=" + language));
            String when = browser.text(By.cssSelector(".cc-audit tbody tr td:first-child"));
            assertDay(language, when, ", \\d{2}:\\d{2} UTC");
            String trail = browser.text(By.id("audit:entries"));
            assertFalse(trail.contains("sign-in.failed") || trail.contains("no such account"), "no raw code: " + trail);
            assertTrue(trail.contains(language.equals("fr") ? "Échec de connexion" : "Sign-in failed"), trail);
            assertTrue(trail.contains(language.equals("fr") ? "Compte inconnu" : "No such account"), trail);
        }
    }

    private static void assertDay(String language, String shown, String time) {
        Pattern day = Pattern.compile((language.equals("fr") ? FRENCH_DAY : ENGLISH_DAY).pattern() + time);
        assertTrue(day.matcher(shown).matches(), language + ": " + shown);
    }
}
