package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.security.PlatformPasswords;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The first start on an empty database: an administrator with a password printed once, stored
 * hashed, which must be changed at the first sign-in. In order, because the last test changes
 * that password (no other test signs in as {@code admin}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartIT {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("password:\\s+(\\S+)");
    private static final String CHOSEN = "a password of my own choosing";

    private static String printedPassword(ConcordServer server) {
        Matcher printed = PRINTED_PASSWORD.matcher(server.log());
        assertTrue(printed.find(), "the first start prints the administrator's password");
        return printed.group(1);
    }

    @Test
    @Order(1)
    void theGeneratedAdministratorPasswordIsPrintedOnceAndStoredOnlyAsAHash() throws Exception {
        ConcordServer server = ConcordServer.get();
        Matcher printed = PRINTED_PASSWORD.matcher(server.log());
        assertTrue(printed.find(), "the first start prints the administrator's password");
        String password = printed.group(1);
        assertFalse(printed.find(), "the password is printed once only");

        try (Connection db = server.database();
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT password_hash, must_change_password FROM account WHERE username = 'admin'")) {
            assertTrue(rs.next());
            String hash = rs.getString(1);
            assertFalse(hash.contains(password));
            assertTrue(PlatformPasswords.passwords().verify(password.toCharArray(), hash));
            assertTrue(rs.getBoolean(2), "the administrator must change the generated password");
        }
    }

    @Test
    @Order(2)
    void aRestartOnTheSameDatabaseCreatesNoSecondAdministratorAndPrintsNoPassword() throws Exception {
        ConcordServer server = ConcordServer.get();
        int before = accounts(server);

        server.restart();

        Matcher printed = PRINTED_PASSWORD.matcher(server.log());
        assertTrue(printed.find());
        assertFalse(printed.find(), "no password is printed at a later start");
        assertEquals(before, accounts(server), "other tests may have added accounts; the restart adds none");
    }

    private static int accounts(ConcordServer server) throws Exception {
        try (Connection db = server.database();
             ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM account")) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }

    @Test
    @Order(4)
    void theAdministratorSignsInWithThePrintedPasswordAndMustChooseTheirOwnFirst() throws Exception {
        ConcordServer server = ConcordServer.get();
        String printed = printedPassword(server);
        try (Browser browser = new Browser()) {
            browser.open(server.url("/admin/accounts.xhtml?lang=en"));
            browser.submitSignIn("admin", printed);

            assertTrue(browser.currentUrl().endsWith("/account/password.xhtml"), browser.currentUrl());
            assertTrue(browser.text(By.id("must-change")).startsWith("Before you go on, choose a password of your own"));
            browser.open(server.url("/admin/accounts.xhtml"));
            assertTrue(browser.currentUrl().endsWith("/account/password.xhtml"), "every page leads to the change first");
            browser.open(server.url("/"));
            assertTrue(browser.currentUrl().endsWith("/account/password.xhtml"));

            changePassword(browser, printed, "too short", "too short");
            assertTrue(browser.text(By.id("messages")).contains("The new password is too short: it needs at least 12 characters."));
            changePassword(browser, printed, printed, printed);
            assertTrue(browser.text(By.id("messages")).contains("The new password is the same as the current one"));
            changePassword(browser, printed, CHOSEN, CHOSEN + "!");
            assertTrue(browser.text(By.id("messages")).contains("The two new passwords differ"));
            changePassword(browser, "not the current one", CHOSEN, CHOSEN);
            assertTrue(browser.text(By.id("messages")).contains("The current password is not right."));

            changePassword(browser, printed, CHOSEN, CHOSEN);

            assertEquals(server.url("/"), browser.currentUrl());
            assertTrue(browser.text(By.id("messages")).contains("Your password has been changed."));
            browser.open(server.url("/admin/accounts.xhtml"));
            assertEquals("Accounts", browser.text(By.id("accounts-title")));

            browser.signOut();
            browser.open(server.url("/signin.xhtml"));
            browser.submitSignIn("admin", printed);
            assertTrue(browser.text(By.id("messages")).contains("The user name or the password is not right."));
            browser.signIn(server, "admin", CHOSEN);
            assertEquals(server.url("/"), browser.currentUrl());
            assertEquals("Administrator", browser.text(By.id("user-name")));
        }
        try (Connection db = server.database();
             ResultSet rs = db.createStatement().executeQuery("SELECT must_change_password FROM account WHERE username = 'admin'")) {
            assertTrue(rs.next());
            assertFalse(rs.getBoolean(1));
        }
    }

    private static void changePassword(Browser browser, String current, String chosen, String repeated) {
        browser.type(By.id("password:current"), current);
        browser.type(By.id("password:chosen"), chosen);
        browser.type(By.id("password:repeated"), repeated);
        browser.clickAndWaitForPage(By.id("password:change"));
    }
}
