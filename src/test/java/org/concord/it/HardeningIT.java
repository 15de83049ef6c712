package org.concord.it;

import static org.concord.it.RespondentTexts.CLIMATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.concord.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Concord attacked over plain HTTP on the real server: kiosk escapes and access-rule bypasses
 * through encoded and normalised paths, open redirects, bad parameters on every page that takes
 * one, forged view states; and the same security headers on every response, downloads
 * included, none naming the server.
 */
class HardeningIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String PASSWORD = "hardening test password";

    /** Every way of writing "../recruiter/candidates.xhtml" from a path the kiosk lets through. */
    private static final List<String> ESCAPES = List.of(
            "/jakarta.faces.resource/..%2frecruiter/candidates.xhtml",
            "/jakarta.faces.resource/..%2Frecruiter/candidates.xhtml",
            "/jakarta.faces.resource/%2e%2e/recruiter/candidates.xhtml",
            "/jakarta.faces.resource/%2E%2E%2Frecruiter%2Fcandidates.xhtml",
            "/jakarta.faces.resource/..%5crecruiter/candidates.xhtml",
            "/jakarta.faces.resource/..;/recruiter/candidates.xhtml",
            "/jakarta.faces.resource/../recruiter/candidates.xhtml",
            "/jakarta.faces.resource/%252e%252e/recruiter/candidates.xhtml",
            "/recruiter/kiosk.xhtml/../candidates.xhtml",
            "/recruiter/kiosk.xhtml;/../candidates.xhtml",
            "/error.xhtml/..%2frecruiter/candidates.xhtml",
            "/recruiter/./candidates.xhtml",
            "//recruiter/candidates.xhtml",
            "/recruiter//candidates.xhtml",
            "/recruiter/candidates.xhtml;jsessionid=x",
            "/recruiter/%63andidates.xhtml");

    @Test
    void theKioskCannotBeLeftThroughAnyEncodingOfAnotherPath() throws Exception {
        server.createAccount("kiosk-escape", PASSWORD, Role.RECRUITER);
        browser.signIn(server, "kiosk-escape", PASSWORD);
        long candidate = new RecruiterSteps(server, browser).newCandidate("Kim Escape", "kim@example.org", "Analyst").id();
        long other = new RecruiterSteps(server, browser).newCandidate("Lou Other", "lou@example.org", "Analyst").id();
        browser.open(server.url("/recruiter/candidate.xhtml?id=" + candidate));
        browser.type(By.id("give:unlock-code"), "2468");
        browser.clickAndWaitForPage(By.id("give:start-kiosk"));
        assertTrue(browser.currentUrl().contains("/recruiter/kiosk.xhtml"), browser.currentUrl());
        String kiosk = Http.cookieOf(browser);

        for (String escape : ESCAPES) {
            Http.Response response = Http.get(server, escape, kiosk);
            assertFalse(response.body().contains("Kim Escape") || response.body().contains("Lou Other"), escape);
            assertTrue(response.status() == 400 || response.status() == 404
                    || response.status() == 302 && response.header("Location").contains("/recruiter/kiosk.xhtml"),
                    escape + " -> " + response.status() + " " + response.header("Location"));
        }
        for (String path : List.of("/recruiter/candidate.xhtml?id=" + other, "/jakarta.faces.resource/..%2frecruiter/candidate.xhtml?id=" + other,
                "/recruiter/kiosk.xhtml?candidate=" + other)) {
            Http.Response response = Http.get(server, path, kiosk);
            assertFalse(response.body().contains("Lou Other"), path);
        }
        browser.forgetSession(server);
    }

    @Test
    void encodedPathsNeverBypassTheAccessRules() throws Exception {
        for (String path : List.of("/jakarta.faces.resource/..%2fadmin/accounts.xhtml", "/respond/..%2fadmin/audit.xhtml",
                "/jakarta.faces.resource/%2e%2e/hr/teams.xhtml", "/respond/..;/reports/index.xhtml", "/health/ready/..%2f..%2fadmin/accounts.xhtml",
                "/respond/%2e%2e/admin/accounts.xhtml", "/favicon.ico/..%2fadmin/accounts.xhtml", "/respond/../admin/accounts.xhtml",
                "/respond/./../hr/teams.xhtml", "/jakarta.faces.resource/..\\admin\\accounts.xhtml")) {
            Http.Response response = Http.get(server, path, null);
            if (response.status() == 301 || response.status() == 302) {
                // the server itself sent the browser to the normalised address: the filters judge that one
                String location = response.header("Location").replaceFirst("^https?://[^/]+", "");
                Http.Response then = Http.get(server, location, null);
                assertTrue(then.status() == 400 || then.status() == 302 && then.header("Location").contains("/signin.xhtml")
                        || location.equals("/") && then.status() == 200, path + " -> " + location + " -> " + then.status());
            } else {
                assertEquals(400, response.status(), path);
                assertTrue(response.body().contains("Address not understood") || path.contains("\\"),
                        path + ": Concord's page (a backslash the web server itself refuses before Concord sees it)");
            }
        }
    }

    @Test
    void noRedirectEverLeavesConcord() throws Exception {
        String home = server.url("/");
        for (String target : List.of("//evil.example/..%2Findex.xhtml?lang=en", "//evil.example/index.xhtml?lang=en",
                "/%2F%2Fevil.example/index.xhtml?lang=en", "/\\evil.example/index.xhtml?lang=fr", "///evil.example/?lang=en",
                "/index.xhtml?lang=en&x=//evil.example", "/signin.xhtml?next=//evil.example/", "/admin/audit.xhtml?lang=en",
                "/index.xhtml/..%2F..%2F/evil.example?lang=en")) {
            Http.Response response = Http.get(server, target, null);
            String location = response.header("Location");
            if (location != null) {
                assertTrue(location.startsWith(home), target + " -> " + location);
                assertFalse(location.contains("evil.example") && !location.startsWith(home + "index.xhtml?x="), target + " -> " + location);
            }
        }
        server.createAccount("redirected", PASSWORD, Role.HR);
        for (String next : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "%2F%2Fevil.example")) {
            browser.open(server.url("/signin.xhtml?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)));
            browser.submitSignIn("redirected", PASSWORD);
            assertTrue(browser.currentUrl().startsWith(home), next + " -> " + browser.currentUrl());
            browser.forgetSession(server);
        }
    }

    @Test
    void everyResponseCarriesTheSameSecurityHeadersAndNoneNamesTheServer() throws Exception {
        var campaign = new RespondentFixtures(server).campaign("Headers review", TODAY.minusDays(1), TODAY.plusDays(9), 1, CLIMATE);
        server.createAccount("headers-hr", PASSWORD, Role.HR);
        browser.signIn(server, "headers-hr", PASSWORD);
        String hr = Http.cookieOf(browser);
        record Probe(String path, String cookie) {
        }
        List<Probe> probes = List.of(new Probe("/", null), new Probe("/signin.xhtml", null), new Probe("/health/ready", null),
                new Probe("/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue", null),
                new Probe("/no-such-page.xhtml", null), new Probe("/jakarta.faces.resource/..%2fx.xhtml", null),
                new Probe("/admin/audit.xhtml", null), new Probe("/index.xhtml?lang=fr", null),
                new Probe("/respond/answer.xhtml?t=" + campaign.token(0), null), new Probe("/respond/answer.xhtml?t=nothing", null),
                new Probe("/manager/team-report.xhtml?campaign=" + campaign.id(), hr),
                new Probe("/manager/team-report.xhtml?campaign=abc", hr), new Probe("/admin/accounts.xhtml", hr),
                new Probe("/hr/teams.xhtml", hr));
        for (Probe probe : probes) {
            Http.Response response = Http.get(server, probe.path(), probe.cookie());
            String what = probe.path() + " (" + response.status() + ")";
            assertEquals(List.of("nosniff"), response.all("X-Content-Type-Options"), what);
            assertEquals(List.of("DENY"), response.all("X-Frame-Options"), what);
            assertEquals(List.of("no-referrer"), response.all("Referrer-Policy"), what);
            assertEquals(1, response.all("Content-Security-Policy").size(), what);
            assertTrue(response.header("Content-Security-Policy").contains("frame-ancestors 'none'"), what);
            assertNull(response.header("Server"), what + " names the server: " + response.header("Server"));
            assertNull(response.header("X-Powered-By"), what);
        }
        Http.Response open = Http.get(server, "/manager/team-report.xhtml?campaign=" + campaign.id(), hr);
        assertEquals(409, open.status(), "no team report while the wave is open");
        try (java.sql.Connection db = server.database(); java.sql.Statement close = db.createStatement()) {
            close.executeUpdate("UPDATE campaign SET closed_on = CURRENT_DATE, closed_by = 'headers-hr' WHERE id = " + campaign.id());
        }
        Http.Response download = Http.get(server, "/manager/team-report.xhtml?campaign=" + campaign.id(), hr);
        assertEquals(200, download.status());
        assertTrue(download.header("Content-Disposition").startsWith("attachment"), download.header("Content-Disposition"));
        browser.forgetSession(server);
    }

    @Test
    void badParametersGetAClearPageWithTheRightStatusInTheReadersLanguage() throws Exception {
        server.createAccount("params-hr", PASSWORD, Role.HR, Role.RECRUITER, Role.MANAGER);
        browser.signIn(server, "params-hr", PASSWORD);
        String session = Http.cookieOf(browser);
        List<String[]> cases = List.of(
                new String[] {"/recruiter/interview.xhtml?candidate=abc", "400"},
                new String[] {"/recruiter/interview.xhtml?candidate=1e9", "400"},
                new String[] {"/recruiter/candidate.xhtml?id=abc", "400"},
                new String[] {"/recruiter/candidate.xhtml?id=-", "400"},
                new String[] {"/recruiter/kiosk.xhtml?candidate=abc", "400"},
                new String[] {"/manager/team-report.xhtml?campaign=abc", "400"},
                new String[] {"/manager/team-report.xhtml?campaign=99999999", "404"},
                new String[] {"/manager/team.xhtml?campaign=abc&team=1", "400"},
                new String[] {"/manager/team.xhtml?campaign=1&team=x", "400"},
                new String[] {"/manager/team.xhtml?campaign=99999999&team=99999999", "404"},
                new String[] {"/hr/organisation.xhtml?campaign=abc", "400"},
                new String[] {"/hr/organisation.xhtml?campaign=99999999", "404"},
                new String[] {"/hr/campaign.xhtml?id=abc", "400"},
                new String[] {"/hr/campaign.xhtml?id=99999999", "404"},
                new String[] {"/hr/teams.xhtml?team=abc", "400"},
                new String[] {"/hr/teams.xhtml?team=99999999", "404"},
                new String[] {"/preview.xhtml?q=team-cooperation-climate&v=abc", "400"},
                new String[] {"/preview.xhtml?q=team-cooperation-climate&page=x", "400"},
                new String[] {"/preview.xhtml?q=no-such-questionnaire", "404"},
                new String[] {"/respond/answer.xhtml?t=abc", "404"});
        for (String[] c : cases) {
            Http.Response response = Http.get(server, c[0], session);
            assertEquals(Integer.parseInt(c[1]), response.status(), c[0]);
            assertTrue(response.body().contains("<h1"), c[0] + ": a page, not an empty body");
            if (c[1].equals("400")) {
                assertTrue(response.body().contains("Address not understood"), c[0]);
            }
            assertFalse(response.body().contains("must be a number") || response.body().contains("'abc'"),
                    c[0] + ": no raw converter message");
        }
        Http.get(server, "/index.xhtml?lang=fr", session);
        Http.Response french = Http.get(server, "/recruiter/interview.xhtml?candidate=abc", session);
        assertEquals(400, french.status());
        assertTrue(french.body().contains("Adresse incomprise"), french.body());
        assertFalse(french.body().contains("'abc'") || french.body().contains("doit être un nombre"), french.body());
        Http.get(server, "/index.xhtml?lang=en", session);
        browser.forgetSession(server);
    }

    @Test
    void aForgedOrForeignViewStateGetsTheExpiredPageWith400() throws Exception {
        server.createAccount("forger", PASSWORD, Role.HR);
        browser.signIn(server, "forger", PASSWORD);
        browser.open(server.url("/hr/teams.xhtml?lang=en"));
        String mine = Http.cookieOf(browser);
        String form = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var d = new URLSearchParams(new FormData(document.getElementById('new-team')));"
                        + "d.set('new-team:name', 'Forged team'); d.append('new-team:create', 'new-team:create');"
                        + "d.append('primefaces.nonce', PrimeFaces.csp.NONCE_VALUE); return d.toString();");
        for (String viewState : List.of("-1234567890:987654321", "stolen", "")) {
            String forged = form.replaceAll("jakarta\\.faces\\.ViewState=[^&]*",
                    "jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8));
            Http.Response response = Http.post(server, "/hr/teams.xhtml", mine, forged, false);
            assertNotEquals(500, response.status(), viewState);
            assertEquals(400, response.status(), viewState);
            assertTrue(response.body().contains("This page has expired"), response.body());
        }
        Http.Response foreign = Http.post(server, "/hr/teams.xhtml", null, form, false);
        assertTrue(foreign.status() == 302 || foreign.status() == 400, "another session's view state: " + foreign.status());
        try (var db = server.database(); var rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM team WHERE name = 'Forged team'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
        browser.forgetSession(server);
    }
}
