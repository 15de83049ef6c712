package org.concord.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.concord.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What HR does in the browser, step by step, for the HR and results browser tests: sign in,
 * create a team, list its members, create a campaign. Each step waits for the page it ends on.
 */
final class HrSteps {

    static final String PASSWORD = "a long test password for HR";

    private final ConcordServer server;
    private final Browser browser;

    HrSteps(ConcordServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    /** Creates an account with {@code role} (user name made unique by the caller) and signs in with it. */
    void signInAs(String username, Role role) {
        server.createAccount(username, PASSWORD, role);
        browser.signIn(server, username, PASSWORD);
    }

    /** Signs in as a new HR user. */
    void signIn() {
        signInAs("hr-" + Long.toString(System.nanoTime(), 36), Role.HR);
    }

    /** Creates a new account holding the manager role (a unique user name), to be named a team's manager. */
    String newManager() {
        String username = "manager-" + Long.toString(System.nanoTime(), 36);
        server.createAccount(username, PASSWORD, Role.MANAGER);
        return username;
    }

    /**
     * Creates a team and returns its id, from the address the page redirects to; {@code manager}
     * (an existing manager account, or null for none) is chosen in the manager list.
     */
    long createTeam(String name, String manager) {
        browser.open(server.url("/hr/teams.xhtml"));
        type("new-team:name", name);
        if (manager != null) {
            browser.choose(By.id("new-team:manager"), manager);
        }
        browser.click(By.id("new-team:create"));
        browser.waitForText(By.id("team-name"), name);
        return Long.parseLong(browser.currentUrl().replaceAll(".*[?&]team=(\\d+).*", "$1"));
    }

    void addMember(String name, String email) {
        type("member-form:member-name", name);
        type("member-form:member-email", email);
        browser.click(By.id("member-form:add-member"));
        browser.waitForText(By.id("messages"), name + " added");
    }

    /** Uploads a CSV of {@code count} members named "Member i suffix". */
    void uploadMembers(String suffix, int count) throws java.io.IOException {
        StringBuilder csv = new StringBuilder("name,email\n");
        for (int i = 1; i <= count; i++) {
            csv.append("Member ").append(i).append(' ').append(suffix).append(",m").append(i).append('-').append(suffix)
                    .append("@example.org\n");
        }
        Path file = Files.writeString(Files.createTempFile("members", ".csv"), csv);
        browser.find(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.click(By.id("upload-form:upload"));
        browser.waitForText(By.id("messages"), "imported");
    }

    /** Creates a personal-link campaign of both team questionnaires for the given teams; returns its id. */
    long createCampaign(String name, String wave, List<Long> teams) {
        browser.open(server.url("/hr/campaign.xhtml"));
        type("campaign-form:name", name);
        type("campaign-form:wave", wave);
        type("campaign-form:opens", "2026-01-01");
        type("campaign-form:closes", "2099-12-31");
        for (long team : teams) {
            chooseTeam(team);
        }
        browser.click(By.id("campaign-form:save"));
        browser.waitForText(By.id("messages"), "Saved.");
        return Long.parseLong(browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** Closes the campaign's wave early on its page, confirming in the dialog: its results are released. */
    void closeWave(long campaign) {
        browser.open(server.url("/hr/campaign.xhtml?id=" + campaign + "&lang=en"));
        browser.click(By.id("close-form:close-wave"));
        browser.click(By.id("close-form:close-yes"));
        browser.waitForText(By.id("release-status"), "This wave is closed");
    }

    /** Types the team's name into the campaign form's team field and picks it from what is offered. */
    void chooseTeam(long team) {
        String name = teamName(team);
        browser.type(By.id("campaign-form:teams_input"), name);
        browser.click(By.cssSelector("#campaign-form\\:teams_panel li[data-item-value='" + team + "']"));
        browser.waitForText(By.id("campaign-form:teams"), name);
    }

    private String teamName(long team) {
        try (Connection db = server.database(); PreparedStatement select = db.prepareStatement("SELECT name FROM team WHERE id = ?")) {
            select.setLong(1, team);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no team " + team);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void type(String id, String text) {
        WebElement input = browser.find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
