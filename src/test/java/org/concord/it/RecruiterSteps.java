package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/**
 * What a recruiter does in the browser, step by step, for the recruiter browser tests: bring a
 * candidate in through the new-candidate form with their consent. Each step waits for the page
 * it ends on.
 */
final class RecruiterSteps {

    /** A candidate just brought in: their id and the consent text they were shown. */
    record Brought(long id, String consent) {
    }

    private final ConcordServer server;
    private final Browser browser;

    RecruiterSteps(ConcordServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    /** Fills in the new-candidate form, ticks the candidate's consent and saves; the candidate's page follows. */
    Brought newCandidate(String name, String email, String position) {
        browser.open(server.url("/recruiter/new-candidate.xhtml?lang=en"));
        browser.type(By.id("candidate:name"), name);
        browser.type(By.id("candidate:email"), email);
        browser.type(By.id("candidate:position"), position);
        browser.click(By.id("candidate:retention"));
        String consent = browser.waitForText(By.id("candidate:consent-text"), position);
        browser.click(By.cssSelector("#candidate\\:consent .ui-chkbox-box"));
        browser.clickAndWaitForPage(By.id("candidate:save"));
        Matcher id = Pattern.compile("id=(\\d+)").matcher(browser.currentUrl());
        assertTrue(id.find(), browser.currentUrl());
        return new Brought(Long.parseLong(id.group(1)), consent);
    }
}
