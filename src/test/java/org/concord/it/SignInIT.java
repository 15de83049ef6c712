package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.concord.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * People sign in and out through the real pages: the way back to the page they asked for,
 * guessing slowed alike for every name without locking the owner out, weak passwords refused,
 * other sessions ended by a password change, a new session id at sign-in, a role's limits shown as
 * Concord's 403 page, and the security headers every response carries.
 */
class SignInIT extends BrowserTest {

    private static final String PASSWORD = "sign-in test password";

    @BeforeAll
    static void start() {
        server.createAccount("signin-admin", PASSWORD, Role.ADMIN);
        server.createAccount("signin-hr", PASSWORD, Role.HR);
        server.createAccount("signin-locked", PASSWORD, Role.RECRUITER);
    }

    @AfterEach
    void forget() {
        browser.forgetSession(server);
    }

    @Test
    void aVisitorAskingForTheAuditTrailSignsInAndLandsOnIt() {
        browser.open(server.url("/admin/audit.xhtml?lang=en"));

        assertTrue(browser.currentUrl().contains("/signin.xhtml?next=%2Fadmin%2Faudit.xhtml"), browser.currentUrl());
        browser.submitSignIn("signin-admin", PASSWORD);

        assertEquals(server.url("/admin/audit.xhtml"), browser.currentUrl());
        assertEquals("Audit trail", browser.text(By.id("audit-title")));
        assertEquals("Test signin-admin", browser.text(By.id("user-name")));
    }

    @Test
    void guessingIsSlowedAlikeForAnyNameAndNeverLocksTheOwnerOut() throws Exception {
        browser.signIn(server, "signin-locked", PASSWORD);
        browser.signOut();
        try (Browser attacker = new Browser()) {
            attacker.open(server.url("/signin.xhtml?lang=en"));
            for (String name : List.of("signin-locked", "signin-nobody-has-this-name")) {
                boolean slowed = false;
                for (int attempt = 1; attempt <= 12 && !slowed; attempt++) {
                    attacker.submitSignIn(name, "wrong password " + attempt);
                    String shown = attacker.text(By.id("messages"));
                    assertFalse(shown.contains("locked"), shown);
                    slowed = shown.matches("(?s).*Too many attempts to sign in with this user name or from this address\\. Wait \\d+ seconds.*");
                    assertTrue(slowed || shown.contains("The user name or the password is not right."), shown);
                    assertTrue(attempt > 5 || !slowed, "the first five failures are free: " + shown);
                }
                assertTrue(slowed, name + ": guessing gets slowed, whether or not the account exists");
            }
        }

        browser.signIn(server, "signin-locked", PASSWORD);

        assertFalse(browser.currentUrl().contains("/signin.xhtml"), "the owner's own browser signs in at once");
        try (Connection db = server.database();
             ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM audit_entry WHERE action = 'sign-in.throttled'")) {
            assertTrue(rs.next());
            assertTrue(rs.getInt(1) >= 2);
        }
    }

    @Test
    void aPasswordChangeEndsEveryOtherSessionOfTheAccount() {
        server.createAccount("signin-two-sessions", PASSWORD, Role.HR);
        try (Browser other = new Browser()) {
            other.signIn(server, "signin-two-sessions", PASSWORD);
            browser.signIn(server, "signin-two-sessions", PASSWORD);
            other.open(server.url("/hr/teams.xhtml?lang=en"));
            assertTrue(other.currentUrl().contains("/hr/teams.xhtml"), other.currentUrl());

            browser.open(server.url("/account/password.xhtml?lang=en"));
            browser.type(By.id("password:current"), PASSWORD);
            browser.type(By.id("password:chosen"), "walrus quietly juggles plums");
            browser.type(By.id("password:repeated"), "walrus quietly juggles plums");
            browser.clickAndWaitForPage(By.id("password:change"));
            assertTrue(browser.text(By.id("messages")).contains("Every other session signed in with this account has been ended."));

            other.open(server.url("/hr/teams.xhtml"));
            assertTrue(other.currentUrl().contains("/signin.xhtml?next="), "the other session is over: " + other.currentUrl());
            browser.open(server.url("/hr/teams.xhtml"));
            assertTrue(browser.currentUrl().contains("/hr/teams.xhtml"), "the session that changed it goes on");
        }
    }

    @Test
    void weakPasswordsAreRefusedAndTheyAreToldWhy() {
        server.createAccount("signin-weak", PASSWORD, Role.HR);
        browser.signIn(server, "signin-weak", PASSWORD);
        for (String weak : List.of("aaaaaaaaaaaa", "password1234", "123456789012", "            ", "signin-weaksignin-weak",
                "concordconcord")) {
            browser.open(server.url("/account/password.xhtml?lang=en"));
            browser.type(By.id("password:current"), PASSWORD);
            browser.type(By.id("password:chosen"), weak);
            browser.type(By.id("password:repeated"), weak);
            browser.clickAndWaitForPage(By.id("password:change"));
            assertTrue(browser.currentUrl().contains("/account/password.xhtml"), weak);
            String shown = browser.text(By.id("messages"));
            assertTrue(shown.contains("too easy to guess") || shown.contains("too short"), weak + ": " + shown);
        }
        browser.open(server.url("/account/password.xhtml?lang=fr"));
        browser.type(By.id("password:current"), PASSWORD);
        browser.type(By.id("password:chosen"), "password1234");
        browser.type(By.id("password:repeated"), "password1234");
        browser.clickAndWaitForPage(By.id("password:change"));
        assertTrue(browser.text(By.id("messages")).contains("trop facile à deviner"), browser.text(By.id("messages")));
        browser.open(server.url("/index.xhtml?lang=en"));
    }

    @Test
    void signingInGivesTheSessionANewId() {
        browser.open(server.url("/signin.xhtml"));
        String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        browser.submitSignIn("signin-hr", PASSWORD);

        String after = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertNotEquals(before, after);
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(cookie.isHttpOnly());
        assertEquals("Lax", cookie.getSameSite());
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn(server, "signin-hr", PASSWORD);
        browser.open(server.url("/questionnaires.xhtml?lang=en"));
        assertEquals("Questionnaires", browser.text(By.id("catalog-title")));

        browser.signOut();

        assertEquals("You have signed out.", browser.text(By.id("signed-out")));
        assertEquals("Sign in", browser.text(By.id("sign-in")));
        browser.open(server.url("/questionnaires.xhtml"));
        assertTrue(browser.currentUrl().contains("/signin.xhtml?next="), browser.currentUrl());
    }

    @Test
    void hrCannotOpenTheAccountsPageAndSeeConcordsRefusalWithoutDetails() {
        browser.signIn(server, "signin-hr", PASSWORD);

        browser.open(server.url("/admin/accounts.xhtml?lang=en"));

        assertEquals("Access refused", browser.text(By.id("error-title")));
        String page = browser.pageText();
        assertFalse(page.contains("Exception") || page.contains("at org."), page);
        assertTrue(browser.driver().findElements(By.id("nav-accounts")).isEmpty(), "no link to where HR cannot go");
    }

    @Test
    void theAdministratorsHeaderLinksLeadToTheirPages() {
        browser.signIn(server, "signin-admin", PASSWORD);
        browser.open(server.url("/?lang=en"));

        browser.clickAndWaitForPage(By.id("nav-accounts"));
        assertEquals("Accounts", browser.text(By.id("accounts-title")));
        browser.clickAndWaitForPage(By.id("nav-audit"));
        assertEquals("Audit trail", browser.text(By.id("audit-title")));
        browser.clickAndWaitForPage(By.id("nav-files"));
        assertEquals("Questionnaire files", browser.text(By.id("files-title")));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/", "/signin.xhtml", "/health/ready", "/questionnaires.xhtml", "/no-such-page")) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
            var headers = response.headers();
            assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"), path);
            assertEquals(List.of("DENY"), headers.allValues("X-Frame-Options"), path);
            assertEquals(List.of("no-referrer"), headers.allValues("Referrer-Policy"), path);
            List<String> policies = headers.allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), path + " " + policies);
            assertTrue(policies.get(0).contains("frame-ancestors 'none'"), path);
            assertTrue(policies.get(0).contains("script-src 'self'"), path);
            assertFalse(policies.get(0).contains("unsafe-eval") || policies.get(0).contains("script-src 'self' 'unsafe-inline'"), path);
        }
    }

    @Test
    void aBrokenFormPostShowsConcordsErrorPageWithoutAStackTrace() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/signin.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signin=signin&jakarta.faces.ViewState=forged")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertFalse(response.body().contains("Exception") || response.body().contains("at org.") || response.body().contains("at com."),
                response.body());
    }

    @Test
    void pagesWithAjaxRunUnderThePolicy() {
        browser.signIn(server, "signin-admin", PASSWORD);
        browser.policyViolations();

        browser.open(server.url("/admin/audit.xhtml?lang=en"));
        browser.type(By.id("audit:actor"), "signin-admin");
        browser.click(By.id("audit:search"));
        browser.waitForText(By.id("audit:entries"), "signin-admin");

        assertEquals(List.of(), browser.policyViolations());
    }
}
