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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on in Chromium against a real OpenID Connect provider that the test starts
 * (no.nav.security's mock-oauth2-server, whose login page takes any user name and the claims
 * typed with it): the provider's groups become Concord roles, the first sign-in makes an
 * account linked to the provider's subject and later ones find it again (taking the roles the
 * provider gives now), a person with no Concord group is refused with a page saying why and is
 * signed in to nothing, and signing out ends Concord's session and the provider's.
 */
class SingleSignOnIT extends BrowserTest {

    @AfterEach
    void forget() {
        browser.forgetSession(server);
    }

    /** Starts single sign-on from Concord's sign-in page and signs in at the provider as {@code subject} with {@code groups}. */
    private static void signInAtProvider(String subject, String name, String... groups) {
        browser.open(server.url("/signin.xhtml?lang=en"));
        WebElement start = browser.find(By.id("sso-start"));
        assertEquals("Sign in with Test ID", start.getText());
        start.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(server.issuer()));
        browser.type(By.name("username"), subject);
        StringBuilder claims = new StringBuilder("{\"preferred_username\": \"" + subject + "\", \"name\": \"" + name + "\", \""
                + ConcordServer.ROLES_CLAIM + "\": [");
        for (int i = 0; i < groups.length; i++) {
            claims.append(i == 0 ? "" : ", ").append('"').append(groups[i]).append('"');
        }
        browser.type(By.name("claims"), claims.append("]}").toString());
        browser.click(By.cssSelector("input[type=submit]"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(server.url("/")));
        browser.waitUntilLoaded();
    }

    /** The paths of the requests the provider has had since the last call (it throws once none is left). */
    private static List<String> providerRequests() {
        List<String> paths = new ArrayList<>();
        while (true) {
            try {
                paths.add(server.provider().takeRequest(500, TimeUnit.MILLISECONDS).getPath());
            } catch (RuntimeException noneLeft) {
                return paths;
            }
        }
    }

    private static List<String> accountsOf(String subject) throws SQLException {
        try (Connection db = server.database(); PreparedStatement select = db.prepareStatement(
                "SELECT a.username, r.role FROM account a JOIN account_role r ON r.account_id = a.id"
                        + " WHERE a.oidc_subject = ? AND a.oidc_issuer = ? ORDER BY r.role")) {
            select.setString(1, subject);
            select.setString(2, server.issuer());
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + ":" + rs.getString(2));
                }
            }
            return rows;
        }
    }

    private static List<String> audit(String action, String actor) throws SQLException {
        try (Connection db = server.database(); PreparedStatement select = db.prepareStatement(
                "SELECT detail FROM audit_entry WHERE action = ? AND actor = ? ORDER BY id")) {
            select.setString(1, action);
            select.setString(2, actor);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }

    @Test
    void theProvidersGroupsBecomeRolesTheAccountIsLinkedOnceAndSignOutEndsBothSessions() throws Exception {
        String subject = "sso-hr-" + Long.toString(System.nanoTime(), 36);
        signInAtProvider(subject, "Sam Single", "concord-hr", "unrelated-group");

        assertEquals("Sam Single", browser.text(By.id("user-name")));
        assertEquals(List.of(subject + ":HR"), accountsOf(subject), "an HR account linked to the provider's subject");
        assertEquals(1, audit("account.sso-created", subject).size());
        assertTrue(audit("sign-in", subject).contains("single sign-on"));
        browser.open(server.url("/hr/campaigns.xhtml?lang=en"));
        assertTrue(browser.currentUrl().startsWith(server.url("/hr/campaigns.xhtml")), "HR's pages open: " + browser.currentUrl());
        browser.open(server.url("/admin/accounts.xhtml?lang=en"));
        assertEquals("Access refused", browser.text(By.id("error-title")), "an administrator's do not");

        providerRequests();
        browser.signOut();
        assertTrue(browser.currentUrl().contains("/signin.xhtml?signedOut=true"), browser.currentUrl());
        assertTrue(providerRequests().stream().anyMatch(path -> path.contains("endsession") && path.contains("id_token_hint=")),
                "the provider's session is ended too, with the ID token as hint");
        browser.open(server.url("/hr/campaigns.xhtml?lang=en"));
        assertTrue(browser.currentUrl().contains("/signin.xhtml?next="), "Concord's session is over: " + browser.currentUrl());

        signInAtProvider(subject, "Sam Single", "concord-managers");
        assertEquals(List.of(subject + ":MANAGER"), accountsOf(subject),
                "the same account found again by its subject, with the roles the provider gives now");
        assertEquals(1, audit("account.sso-created", subject).size(), "made once");
        browser.open(server.url("/hr/campaigns.xhtml?lang=en"));
        assertEquals("Access refused", browser.text(By.id("error-title")), "no longer HR");
    }

    @Test
    void aPersonWithoutAConcordGroupIsRefusedWithAPageSayingWhy() throws Exception {
        String subject = "sso-none-" + Long.toString(System.nanoTime(), 36);
        signInAtProvider(subject, "Nora None", "finance", "everyone");

        assertTrue(browser.currentUrl().startsWith(server.url("/sso-refused.xhtml")), browser.currentUrl());
        assertEquals("Sign-in refused", browser.text(By.id("sso-refused-title")));
        assertTrue(browser.text(By.id("sso-refused-reason")).contains("gives you no role in Concord"),
                browser.text(By.id("sso-refused-reason")));
        assertEquals(List.of(), accountsOf(subject), "no account is made");
        assertFalse(audit("sign-in.sso-refused", "anonymous").isEmpty());
        browser.open(server.url("/hr/campaigns.xhtml?lang=en"));
        assertTrue(browser.currentUrl().contains("/signin.xhtml?next="), "signed in to nothing: " + browser.currentUrl());
    }

    @Test
    void localAccountsKeepSigningInBesideTheProvider() {
        server.createAccount("sso-local-hr", "a long local password for HR", org.concord.security.Role.HR);
        browser.signIn(server, "sso-local-hr", "a long local password for HR");
        browser.open(server.url("/hr/campaigns.xhtml?lang=en"));
        assertTrue(browser.currentUrl().startsWith(server.url("/hr/campaigns.xhtml")), browser.currentUrl());
        browser.signOut();
        assertTrue(browser.currentUrl().contains("/signin.xhtml?signedOut=true"), browser.currentUrl());
    }
}
