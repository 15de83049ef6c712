package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.concord.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator manages accounts on the accounts page (create with a one-time password
 * shown once, change roles, reset, unlock, disable, delete) and reads what happened in the
 * audit trail; the person given an account signs in with the one-time password.
 */
class AccountsIT {

    private static final String PASSWORD = "accounts test password";
    private static ConcordServer server;
    private static Browser admin;

    @BeforeAll
    static void start() {
        server = ConcordServer.get();
        server.createAccount("accounts-admin", PASSWORD, Role.ADMIN);
        admin = new Browser().signIn(server, "accounts-admin", PASSWORD);
    }

    @AfterAll
    static void stop() {
        admin.close();
    }

    @BeforeEach
    void openTheAccountsPage() {
        admin.open(server.url("/admin/accounts.xhtml?lang=en"));
        admin.find(By.id("accounts-title"));
    }

    private static By row(String username) {
        return By.cssSelector("tr.cc-account-" + username);
    }

    private static By button(String username, String id) {
        return By.cssSelector("tr.cc-account-" + username + " button[id$=':" + id + "']");
    }

    private static String createAccount(String username, Role... roles) {
        admin.type(By.id("new-account:new-username"), username);
        admin.type(By.id("new-account:new-display-name"), "Hélène for " + username);
        for (Role role : roles) {
            admin.click(By.xpath("//div[@id='new-account:new-roles']//label[text()='" + label(role) + "']"));
        }
        admin.click(By.id("new-account:create"));
        new WebDriverWait(admin.driver(), Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> !d.findElement(By.id("new-account:new-account-messages")).getText().isBlank());
        assertTrue(admin.text(By.id("accounts:one-time")).contains(username), admin.text(By.id("new-account:new-account-messages")));
        return admin.text(By.id("one-time-password"));
    }

    private static String label(Role role) {
        return switch (role) {
            case ADMIN -> "Administrator";
            case HR -> "HR";
            case RECRUITER -> "Recruiter";
            case MANAGER -> "Manager";
        };
    }

    @Test
    void aNewAccountsOneTimePasswordWorksOnceAndMustBeChanged() throws Exception {
        String oneTime = createAccount("rita", Role.RECRUITER, Role.MANAGER);

        assertEquals(16, oneTime.length());
        assertTrue(admin.text(By.id("new-account:new-account-messages")).contains("Account rita created."));
        assertTrue(admin.text(row("rita")).contains("Recruiter"));
        assertTrue(admin.text(row("rita")).contains("Hélène for rita"), "names are kept in UTF-8");
        assertTrue(admin.text(row("rita")).contains("Must change password"));
        admin.open(server.url("/admin/accounts.xhtml"));
        assertTrue(admin.driver().findElements(By.id("one-time-password")).isEmpty(), "shown once only");
        assertEquals(List.of("MANAGER", "RECRUITER"), roles("rita"));

        try (Browser rita = new Browser()) {
            rita.open(server.url("/?lang=en"));
            rita.signIn(server, "rita", oneTime);
            assertTrue(rita.currentUrl().endsWith("/account/password.xhtml"), rita.currentUrl());
            rita.type(By.id("password:current"), oneTime);
            rita.type(By.id("password:chosen"), "a tune of her very own");
            rita.type(By.id("password:repeated"), "a tune of her very own");
            rita.clickAndWaitForPage(By.id("password:change"));
            assertEquals(server.url("/"), rita.currentUrl());
            rita.open(server.url("/admin/accounts.xhtml"));
            assertEquals("Access refused", rita.text(By.id("error-title")));
        }
    }

    @Test
    void theNewAccountFormsErrorsAppearBesideItAndNotAtTheTop() {
        admin.type(By.id("new-account:new-username"), "not a user name!");
        admin.type(By.id("new-account:new-display-name"), "Nobody");
        admin.click(By.id("new-account:create"));
        String beside = admin.waitForText(By.id("new-account:new-username-message"), "user name");
        String area = admin.waitForText(By.id("new-account:new-account-messages"), beside.strip());
        assertTrue(area.contains(beside.strip()), area);
        assertTrue(admin.driver().findElements(By.id("list-messages")).stream().allMatch(m -> m.getText().isBlank()),
                "nothing at the top of the page");
        assertTrue(admin.driver().findElements(By.cssSelector("tr.cc-account-not")).isEmpty());
        assertEquals("not a user name!", admin.find(By.id("new-account:new-username")).getAttribute("value"),
                "what was typed is kept");
        admin.type(By.id("new-account:new-username"), "nobody");
        admin.find(By.id("new-account:new-display-name")).clear();
        admin.click(By.id("new-account:create"));
        String required = admin.waitForText(By.id("new-account:new-display-name-message"), "name").strip();
        admin.waitForText(By.id("new-account:new-account-messages"), required);
        assertTrue(admin.driver().findElements(By.id("list-messages")).stream().allMatch(m -> m.getText().isBlank()),
                "a field left empty is said beside the form too, not at the top");
    }

    @Test
    void rolesAreChangedFromTheList() throws Exception {
        createAccount("hugo", Role.HR);

        admin.click(button("hugo", "edit"));
        admin.click(By.xpath("//div[@id='accounts:edit-role-choice']//label[text()='Manager']"));
        admin.click(By.id("accounts:save-roles"));

        admin.waitForText(By.id("list-messages"), "Roles of hugo changed.");
        assertEquals(List.of("HR", "MANAGER"), roles("hugo"));
    }

    @Test
    void wrongPasswordsLockNothingAndAResetPasswordEndsTheOwnersSessionsAndMustBeChanged() throws Exception {
        server.createAccount("lena", "lena's password", Role.HR);
        try (Browser lena = new Browser()) {
            lena.open(server.url("/signin.xhtml"));
            for (int i = 0; i < 4; i++) {
                lena.submitSignIn("lena", "wrong");
            }
            admin.open(server.url("/admin/accounts.xhtml"));
            assertFalse(admin.text(row("lena")).contains("Locked"));
            assertTrue(admin.driver().findElements(By.cssSelector("[id$=':unlock']")).isEmpty(), "there is nothing to unlock");
            lena.signIn(server, "lena", "lena's password");
            assertEquals(server.url("/"), lena.currentUrl());

            admin.click(button("lena", "reset"));
            admin.waitForText(By.id("accounts:confirm"), "lena");
            assertTrue(admin.driver().findElements(By.id("one-time-password")).isEmpty(), "nothing happens before the confirmation");
            admin.click(By.id("accounts:confirm-yes"));
            admin.waitForText(By.id("accounts:one-time"), "lena");
            String oneTime = admin.text(By.id("one-time-password"));
            lena.open(server.url("/hr/teams.xhtml"));
            assertTrue(lena.currentUrl().contains("/signin.xhtml?next="), "the reset ended lena's session: " + lena.currentUrl());
            lena.forgetSession(server);
            lena.signIn(server, "lena", oneTime);
            assertTrue(lena.currentUrl().endsWith("/account/password.xhtml"), lena.currentUrl());
        }
    }

    @Test
    void aDisabledAccountIsSignedOutAtItsNextClickAndADeletedOneIsGone() throws Exception {
        server.createAccount("dora", "dora's password", Role.MANAGER);
        try (Browser dora = new Browser()) {
            dora.signIn(server, "dora", "dora's password");
            admin.open(server.url("/admin/accounts.xhtml"));

            admin.click(button("dora", "disable"));
            admin.waitForText(By.id("list-messages"), "Account dora disabled.");
            dora.open(server.url("/account/password.xhtml"));
            assertTrue(dora.currentUrl().contains("/signin.xhtml"), dora.currentUrl());

            admin.click(button("dora", "delete"));
            admin.click(By.id("accounts:confirm-yes"));
            admin.waitForText(By.id("list-messages"), "Account dora deleted.");
            assertTrue(admin.driver().findElements(row("dora")).isEmpty());
            assertEquals(List.of(), roles("dora"));
        }
    }

    @Test
    void anAdministratorCannotDisableThemself() {
        admin.click(button("accounts-admin", "disable"));

        admin.waitForText(By.id("list-messages"), "You cannot remove your own access");
        assertFalse(admin.text(row("accounts-admin")).contains("Disabled"));
    }

    @Test
    void theAuditTrailShowsWhatHappenedNewestFirstAndFilters() {
        createAccount("audited", Role.HR);
        admin.open(server.url("/admin/audit.xhtml?lang=en"));

        String first = admin.text(By.cssSelector("#audit\\:entries tbody tr:first-child"));
        assertTrue(first.contains("accounts-admin") && first.contains("Account created") && first.contains("audited"), first);

        admin.type(By.id("audit:actor"), "signin-nobody");
        admin.click(By.id("audit:search"));
        admin.waitForText(By.id("audit:entries"), "No entries.");

        admin.type(By.id("audit:actor"), "accounts-admin");
        admin.click(By.id("audit:search"));
        admin.waitForText(By.id("audit:entries"), "Account created");
        List<String> actors = admin.driver().findElements(By.cssSelector("#audit\\:entries .cc-actor")).stream()
                .map(cell -> cell.getText()).distinct().toList();
        assertEquals(List.of("accounts-admin"), actors);
    }

    @Test
    void theAuditTrailPagesInTheDatabase() throws Exception {
        try (Connection db = server.database();
             PreparedStatement insert = db.prepareStatement("INSERT INTO audit_entry (id, occurred_at, actor, action, subject, detail) "
                     + "VALUES (NEXT VALUE FOR audit_entry_seq, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00', 'paging-test', 'test.entry', NULL, ?)")) {
            for (int i = 0; i < 45; i++) {
                insert.setString(1, "paged " + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        admin.open(server.url("/admin/audit.xhtml?lang=en"));
        admin.type(By.id("audit:actor"), "paging-test");
        admin.click(By.id("audit:search"));
        admin.waitForText(By.id("audit:entries"), "paging-test");
        assertEquals(20, admin.driver().findElements(By.cssSelector("#audit\\:entries .cc-actor")).size());

        admin.click(By.xpath("//div[@id='audit:entries']//*[contains(@class,'ui-paginator-page') and normalize-space(.)='3']"));
        new WebDriverWait(admin.driver(), Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("#audit\\:entries .cc-actor")).size() == 5);
        assertTrue(admin.text(By.id("audit:entries")).contains("paged 0"), "the oldest entries come last");
    }

    private static List<String> roles(String username) throws SQLException {
        try (Connection db = server.database();
             PreparedStatement query = db.prepareStatement("SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id "
                     + "WHERE a.username = ? ORDER BY r.role")) {
            query.setString(1, username);
            try (ResultSet rs = query.executeQuery()) {
                List<String> roles = new ArrayList<>();
                while (rs.next()) {
                    roles.add(rs.getString(1));
                }
                return roles;
            }
        }
    }
}
