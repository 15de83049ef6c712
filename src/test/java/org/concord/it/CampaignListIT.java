package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.concord.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * HR's campaign list and teams page, as HR uses them: a team's manager is chosen among the
 * manager accounts, a refused or accepted member import stays on the team's address, the list
 * shows each campaign with its waves in order, their status and response rate, closes a wave,
 * archives a closed campaign (hidden unless "Show archived" is ticked, read-only) and restores
 * it; each step checked on the page and in the database. Then axe-core on the HR and
 * administration pages in English and French.
 */
class CampaignListIT extends BrowserTest {

    @Test
    void theListGroupsWavesShowsStatusAndRateClosesArchivesAndRestores() throws Exception {
        HrSteps hr = new HrSteps(server, browser);
        hr.signIn();
        String suffix = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        String manager = hr.newManager();
        String recruiter = "rec-" + suffix;
        server.createAccount(recruiter, HrSteps.PASSWORD, Role.RECRUITER);

        browser.open(server.url("/hr/teams.xhtml?lang=en"));
        List<String> offered = new Select(browser.find(By.id("new-team:manager"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertTrue(offered.contains(manager), "manager accounts are offered: " + offered);
        assertFalse(offered.contains(recruiter), "a recruiter is not offered as a manager");
        long team = hr.createTeam("List team " + suffix, manager);
        assertEquals(manager, one("SELECT manager_username FROM team WHERE id = ?", team));

        Path bad = Files.writeString(Files.createTempFile("members", ".csv"), "name,email\nAda,ada@example.org\nBob,bob-at-example\n");
        browser.find(By.cssSelector("input[type=file]")).sendKeys(bad.toString());
        browser.clickAndWaitForPage(By.id("upload-form:upload"));
        browser.waitForText(By.id("messages"), "Line 3");
        assertTrue(browser.currentUrl().contains("team=" + team), "a refused import stays on the team: " + browser.currentUrl());
        assertEquals("List team " + suffix, browser.text(By.id("team-name")));
        hr.uploadMembers(suffix, 3);
        assertTrue(browser.currentUrl().contains("team=" + team), browser.currentUrl());
        assertEquals("3", one("SELECT COUNT(*) FROM team_member WHERE team_id = ?", team));

        String name = "Listed " + suffix;
        long first = hr.createCampaign(name, "before " + suffix, List.of(team));
        browser.click(By.id("links-form:generate"));
        browser.waitForText(By.id("messages"), "3 links ready");
        browser.type(By.id("follow-up-form:next-wave"), "after " + suffix);
        browser.type(By.id("follow-up-form:next-opens"), "2098-01-01");
        browser.type(By.id("follow-up-form:next-closes"), "2098-12-31");
        browser.clickAndWaitForPage(By.id("follow-up-form:start-follow-up"));
        long next = Long.parseLong(browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        try (Connection db = server.database(); PreparedStatement submit = db.prepareStatement(
                "UPDATE invitation SET progress = 'SUBMITTED' WHERE id = (SELECT MIN(id) FROM invitation WHERE campaign_id = ?)")) {
            submit.setLong(1, first);
            assertEquals(1, submit.executeUpdate());
        }

        openList(name, false);
        List<String> waves = texts(By.cssSelector("#list-form\\:list tr.cc-wave"));
        assertEquals(2, waves.size(), waves.toString());
        assertTrue(waves.get(0).startsWith("before " + suffix) && waves.get(1).startsWith("after " + suffix), "in order: " + waves);
        assertTrue(waves.get(0).contains("Open") && waves.get(0).contains("33 % (1/3)"), waves.get(0));
        assertTrue(waves.get(1).contains("Draft") && waves.get(1).contains("0 % (0/3)"), waves.get(1));
        assertTrue(browser.text(By.id("list-form:list")).contains("Close every wave to archive the campaign."));
        assertTrue(browser.driver().findElements(By.cssSelector("#list-form\\:list .cc-archive")).isEmpty());

        for (int wave = 0; wave < 2; wave++) {
            browser.click(By.cssSelector("#list-form\\:list .cc-close-wave"));
            browser.click(By.id("list-form:close-yes"));
            browser.waitForText(By.id("messages"), "The wave is closed");
            openList(name, false);
        }
        assertNotNull(one("SELECT closed_on FROM campaign WHERE id = ?", first));
        assertNotNull(one("SELECT closed_on FROM campaign WHERE id = ?", next));
        waves = texts(By.cssSelector("#list-form\\:list tr.cc-wave"));
        assertTrue(waves.stream().allMatch(w -> w.contains("Closed")), waves.toString());

        browser.clickAndWaitForPage(By.cssSelector("#list-form\\:list .cc-archive"));
        browser.waitForText(By.id("messages"), "Campaign archived");
        openList(name, false);
        assertTrue(browser.text(By.id("list-form:list")).contains("No campaign yet."), "archived: hidden by default");
        assertNotNull(one("SELECT archived_on FROM campaign WHERE id = ?", first));
        assertNotNull(one("SELECT archived_on FROM campaign WHERE id = ?", next));
        assertEquals("1", one("SELECT COUNT(*) FROM audit_entry WHERE action = 'campaign.archived' AND subject = ?", "campaign-" + first));

        openList(name, true);
        waves = texts(By.cssSelector("#list-form\\:list tr.cc-wave"));
        assertTrue(waves.size() == 2 && waves.stream().allMatch(w -> w.contains("Archived")), waves.toString());
        assertTrue(waves.get(0).contains("33 % (1/3)"), "its figures stay readable: " + waves.get(0));

        browser.open(server.url("/hr/campaign.xhtml?id=" + first));
        assertTrue(browser.text(By.id("archived-notice")).contains("This campaign is archived"));
        assertTrue(browser.driver().findElements(By.id("campaign-form:save")).isEmpty(), "read-only: nothing to save");
        assertTrue(browser.driver().findElements(By.id("follow-up-form:start-follow-up")).isEmpty(), "no follow-up");
        assertTrue(browser.driver().findElements(By.id("completion-form:organisation-link")).size() == 1, "results readable");

        openList(name, true);
        browser.clickAndWaitForPage(By.cssSelector("#list-form\\:list .cc-restore"));
        browser.waitForText(By.id("messages"), "Campaign restored");
        assertNull(one("SELECT archived_on FROM campaign WHERE id = ?", first));
        assertNull(one("SELECT archived_on FROM campaign WHERE id = ?", next));
        assertEquals("1", one("SELECT COUNT(*) FROM audit_entry WHERE action = 'campaign.restored' AND subject = ?", "campaign-" + first));
        openList(name, false);
        waves = texts(By.cssSelector("#list-form\\:list tr.cc-wave"));
        assertTrue(waves.size() == 2 && waves.stream().allMatch(w -> w.contains("Closed")), "restored, still closed: " + waves);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theHrAndAdministrationPagesPassWcag21AA(String language) {
        browser.forgetSession(server);
        HrSteps hr = new HrSteps(server, browser);
        String username = "axe-hr-" + language + "-" + Long.toString(System.nanoTime(), 36);
        server.createAccount(username, HrSteps.PASSWORD, Role.HR, Role.ADMIN);
        browser.open(server.url("/signin.xhtml?lang=en"));
        browser.waitUntilLoaded();
        browser.signIn(server, username, HrSteps.PASSWORD);
        browser.open(server.url("/?lang=en"));
        String suffix = Long.toString(System.nanoTime(), 36);
        long team = hr.createTeam("Axe " + suffix, hr.newManager());
        long campaign = hr.createCampaign("Axe " + suffix, "before", List.of(team));
        browser.open(server.url("/?lang=" + language));
        List<String> found = new ArrayList<>();
        for (String page : List.of("/hr/campaigns.xhtml", "/hr/campaign.xhtml?id=" + campaign, "/hr/teams.xhtml",
                "/hr/teams.xhtml?team=" + team, "/admin/accounts.xhtml", "/admin/audit.xhtml", "/reports/")) {
            browser.open(server.url(page));
            browser.waitUntilLoaded();
            Accessibility.violations(browser.driver()).forEach(v -> found.add(page + " [" + language + "] " + v));
        }
        assertEquals(List.of(), found, String.join("\n", found));
    }

    /** Opens the campaign list filtered on {@code name}, archived campaigns shown or not. */
    private static void openList(String name, boolean archived) {
        browser.open(server.url("/hr/campaigns.xhtml" + (archived ? "?archived=true" : "")));
        assertEquals(archived, browser.find(By.id("list-form:show-archived")).isSelected());
        WebElement filter = browser.find(By.cssSelector("#list-form\\:list th input.ui-column-filter"));
        filter.sendKeys(name);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> {
                    String text = d.findElement(By.id("list-form:list")).getText();
                    List<String> rows = d.findElements(By.cssSelector("#list-form\\:list tbody.ui-datatable-data > tr")).stream()
                            .map(WebElement::getText).toList();
                    return text.contains("No campaign yet.") || rows.stream().allMatch(r -> r.contains(name));
                });
    }

    private static List<String> texts(By by) {
        return browser.driver().findElements(by).stream().map(WebElement::getText).toList();
    }

    private static String one(String sql, Object parameter) throws SQLException {
        try (Connection db = server.database(); PreparedStatement select = db.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
