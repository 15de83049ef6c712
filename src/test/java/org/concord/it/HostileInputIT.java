package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * Free text that holds markup or script is shown as text on HR's team pages (the team's name,
 * the list of teams, the members), and over-long names are refused with a message naming the
 * field, nothing stored, even when sent past the page by hand.
 */
class HostileInputIT extends BrowserTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "<img src=x onerror=alert(1)>";
    static final String BOLD = "\"><b>x</b>";

    private static HrSteps hr;

    @BeforeAll
    static void start() {
        hr = new HrSteps(server, browser);
        hr.signIn();
    }

    /** Fails when a script the page was given has run. */
    static void assertNoAlert(Browser browser) {
        try {
            String text = browser.driver().switchTo().alert().getText();
            throw new AssertionError("a script ran and raised an alert: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    /** Fails when {@code container} holds an element named {@code tag}. */
    static void assertNone(Browser browser, By container, String... tags) {
        WebElement inside = browser.find(container);
        for (String tag : tags) {
            assertEquals(0, inside.findElements(By.tagName(tag)).size(), tag + " injected into " + container);
        }
    }

    @Test
    void markupInTeamAndMemberNamesIsShownAsText() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String team = BOLD + " " + SCRIPT + " " + suffix;
        long id = hr.createTeam(team, hr.newManager());
        hr.addMember(IMAGE + " " + suffix, "img-" + suffix + "@example.org");
        hr.addMember(BOLD + " " + suffix, "bold-" + suffix + "@example.org");

        browser.open(server.url("/hr/teams.xhtml?team=" + id));
        assertEquals(team, browser.text(By.id("team-name")));
        String members = browser.text(By.id("members"));
        assertTrue(members.contains(IMAGE + " " + suffix) && members.contains(BOLD + " " + suffix), members);
        assertNone(browser, By.id("team-name"), "b", "script");
        assertNone(browser, By.id("members"), "b", "img", "script");
        assertNoAlert(browser);

        browser.open(server.url("/hr/teams.xhtml"));
        browser.type(By.cssSelector("#list-form\\:list .ui-column-filter"), suffix);
        browser.waitForText(By.id("list-form:list"), team);
        assertNone(browser, By.id("list-form:list"), "b", "img");
        assertNoAlert(browser);
    }

    @Test
    void overLongNamesAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String longName = "T".repeat(201);
        browser.open(server.url("/hr/teams.xhtml"));
        typeUnlimited("new-team:name", longName);
        browser.click(By.id("new-team:create"));
        String refused = refusal("longer than 200");
        assertTrue(refused.contains("Name is longer than 200 characters"), refused);
        assertEquals(0, count("SELECT COUNT(*) FROM team WHERE name LIKE ?", "TTTT%"));

        String suffix = Long.toString(System.nanoTime(), 36);
        long id = hr.createTeam("Long names " + suffix, hr.newManager());
        browser.open(server.url("/hr/teams.xhtml?team=" + id));
        typeUnlimited("member-form:member-name", "M".repeat(201));
        browser.type(By.id("member-form:member-email"), "long-" + suffix + "@example.org");
        browser.click(By.id("member-form:add-member"));
        refused = refusal("longer than 200");
        assertTrue(refused.contains("Member name is longer than 200 characters"), refused);
        assertEquals(0, count("SELECT COUNT(*) FROM team_member WHERE email = ?", "long-" + suffix + "@example.org"));

        browser.open(server.url("/hr/campaign.xhtml"));
        typeUnlimited("campaign-form:name", "C".repeat(201));
        browser.type(By.id("campaign-form:wave"), "W".repeat(200));
        browser.type(By.id("campaign-form:opens"), "2026-01-01");
        browser.type(By.id("campaign-form:closes"), "2099-12-31");
        hr.chooseTeam(id);
        browser.click(By.id("campaign-form:save"));
        refused = refusal("At most 200 characters");
        assertTrue(refused.contains("At most 200 characters: please shorten it."), refused);
        assertEquals(0, count("SELECT COUNT(*) FROM campaign WHERE name LIKE ?", "CCCC%"));
    }

    /**
     * Puts {@code text} into the field past its maxlength, as a hand-made request would: the
     * field is replaced by a bare copy. (These fields have no maxlength: PrimeFaces cuts a value
     * to its input's maxlength on the server without a word, even one given as a pass-through
     * attribute, which stored a shortened name instead of refusing it.)
     */
    static void typeUnlimited(Browser browser, String id, String text) {
        ((JavascriptExecutor) browser.driver()).executeScript("var field = document.getElementById(arguments[0]);"
                + " var bare = field.cloneNode(false); bare.removeAttribute('maxlength'); bare.value = arguments[1];"
                + " field.parentNode.replaceChild(bare, field);", id, text);
    }

    private static void typeUnlimited(String id, String text) {
        typeUnlimited(browser, id, text);
    }

    /** The messages once they show {@code text}; else a failure that says what the page showed instead. */
    private static String refusal(String text) {
        try {
            return browser.waitForText(By.id("messages"), text);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no message '" + text + "' at " + browser.currentUrl() + ": " + browser.pageText(), e);
        }
    }

    private static long count(String sql, String parameter) throws Exception {
        try (Connection db = server.database(); PreparedStatement select = db.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
