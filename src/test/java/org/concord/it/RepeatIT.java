package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.concord.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every action that creates something, posted twice at once with the same form (a double
 * click, a resent request), on the real server: the second changes nothing and answers with
 * the first one's result. The posts are made over raw HTTP with the browser's session and the
 * form exactly as the browser would send it.
 */
class RepeatIT extends BrowserTest {

    private static final String PASSWORD = "repeat test password";

    @AfterEach
    void forget() {
        browser.forgetSession(server);
    }

    /** The form {@code formId} as the browser would post it by pressing {@code button}. */
    private static String formOf(String formId, String button, boolean ajax) {
        String script = "var f = document.getElementById(arguments[0]); var d = new URLSearchParams(new FormData(f));"
                + "d.append(arguments[1], arguments[1]); d.append('primefaces.nonce', PrimeFaces.csp.NONCE_VALUE);"
                + (ajax ? "d.append('jakarta.faces.partial.ajax', 'true'); d.append('jakarta.faces.source', arguments[1]);"
                        + "d.append('jakarta.faces.partial.execute', '@all'); d.append('jakarta.faces.partial.render', '@all');" : "")
                + "return d.toString();";
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(script, formId, button);
    }

    /** Posts {@code form} to {@code path} twice at the same moment; both responses. */
    private static List<Http.Response> twiceAtOnce(String path, String form, boolean ajax) throws Exception {
        String cookie = Http.cookieOf(browser);
        CountDownLatch ready = new CountDownLatch(2);
        List<CompletableFuture<Http.Response>> posts = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
            try {
                ready.countDown();
                ready.await();
                return Http.post(server, path, cookie, form, ajax);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        return posts.stream().map(CompletableFuture::join).toList();
    }

    private static long count(String sql, Object parameter) throws Exception {
        try (Connection db = server.database(); PreparedStatement select = db.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void creatingTheSameCandidateTwiceAtOnceMakesOne() throws Exception {
        server.createAccount("repeat-recruiter", PASSWORD, Role.RECRUITER);
        browser.signIn(server, "repeat-recruiter", PASSWORD);
        browser.open(server.url("/recruiter/new-candidate.xhtml?lang=en"));
        browser.type(By.id("candidate:name"), "Dora Double");
        browser.type(By.id("candidate:email"), "dora@example.org");
        browser.type(By.id("candidate:position"), "Engineer");
        browser.click(By.cssSelector("#candidate\\:consent .ui-chkbox-box"));

        List<Http.Response> answers = twiceAtOnce("/recruiter/new-candidate.xhtml", formOf("candidate", "candidate:save", false), false);

        assertEquals(1, count("SELECT COUNT(*) FROM candidate WHERE name = ?", "Dora Double"));
        String first = answers.get(0).header("Location");
        assertTrue(first != null && first.contains("/recruiter/candidate.xhtml?id="), answers.get(0).status() + " " + first);
        assertEquals(first, answers.get(1).header("Location"), "both answers lead to the one candidate");
    }

    @Test
    void generatingTheLinksTwiceAtOnceMakesOneInvitationPerMember() throws Exception {
        HrSteps hr = new HrSteps(server, browser);
        hr.signInAs("repeat-hr-links", Role.HR);
        long team = hr.createTeam("Double Click Crew", hr.newManager());
        hr.addMember("Ann One", "ann.one@example.org");
        hr.addMember("Ben Two", "ben.two@example.org");
        long campaign = hr.createCampaign("Double click review", "Before", List.of(team));
        browser.open(server.url("/hr/campaign.xhtml?id=" + campaign + "&lang=en"));

        List<Http.Response> answers = twiceAtOnce("/hr/campaign.xhtml", formOf("links-form", "links-form:generate", true), true);

        assertEquals(2, count("SELECT COUNT(*) FROM invitation WHERE campaign_id = ?", campaign), "one invitation per member");
        assertTrue(answers.stream().allMatch(r -> r.status() == 200), answers.get(0).status() + "/" + answers.get(1).status());
        assertTrue(answers.stream().anyMatch(r -> r.body().contains("respond/answer.xhtml?t=")), "the first shows its links");
    }

    @Test
    void creatingTheSameTeamTwiceAtOnceMakesOne() throws Exception {
        HrSteps hr = new HrSteps(server, browser);
        hr.signInAs("repeat-hr-team", Role.HR);
        String manager = hr.newManager();
        browser.open(server.url("/hr/teams.xhtml?lang=en"));
        browser.type(By.id("new-team:name"), "Twin Team");
        browser.choose(By.id("new-team:manager"), manager);

        List<Http.Response> answers = twiceAtOnce("/hr/teams.xhtml", formOf("new-team", "new-team:create", false), false);

        assertEquals(1, count("SELECT COUNT(*) FROM team WHERE name = ?", "Twin Team"));
        assertEquals(answers.get(0).header("Location"), answers.get(1).header("Location"));
    }

    @Test
    void addingTheSameMemberTwiceAtOnceAddsOne() throws Exception {
        HrSteps hr = new HrSteps(server, browser);
        hr.signInAs("repeat-hr-member", Role.HR);
        long team = hr.createTeam("Member Twice Team", hr.newManager());
        browser.type(By.id("member-form:member-name"), "Cleo Twice");
        browser.type(By.id("member-form:member-email"), "cleo@example.org");

        twiceAtOnce("/hr/teams.xhtml?team=" + team, formOf("member-form", "member-form:add-member", false), false);

        assertEquals(1, count("SELECT COUNT(*) FROM team_member WHERE email = ?", "cleo@example.org"));
    }

    @Test
    void savingTheSameNewCampaignTwiceAtOnceMakesOne() throws Exception {
        HrSteps hr = new HrSteps(server, browser);
        hr.signInAs("repeat-hr-campaign", Role.HR);
        long team = hr.createTeam("Campaign Twice Team", hr.newManager());
        browser.open(server.url("/hr/campaign.xhtml?lang=en"));
        browser.type(By.id("campaign-form:name"), "Twin campaign");
        browser.type(By.id("campaign-form:wave"), "Before");
        browser.type(By.id("campaign-form:opens"), "2026-01-01");
        browser.type(By.id("campaign-form:closes"), "2099-12-31");
        hr.chooseTeam(team);

        twiceAtOnce("/hr/campaign.xhtml", formOf("campaign-form", "campaign-form:save", false), false);

        assertEquals(1, count("SELECT COUNT(*) FROM campaign WHERE name = ?", "Twin campaign"));
    }

    @Test
    void creatingTheSameAccountTwiceAtOnceMakesOneAndShowsNoSecondPassword() throws Exception {
        server.createAccount("repeat-admin", PASSWORD, Role.ADMIN);
        browser.signIn(server, "repeat-admin", PASSWORD);
        browser.open(server.url("/admin/accounts.xhtml?lang=en"));
        browser.type(By.id("new-account:new-username"), "twin.account");
        browser.type(By.id("new-account:new-display-name"), "Twin Account");
        browser.click(By.cssSelector("#new-account\\:new-roles .ui-chkbox-box"));

        List<Http.Response> answers = twiceAtOnce("/admin/accounts.xhtml", formOf("new-account", "new-account:create", true), true);

        assertEquals(1, count("SELECT COUNT(*) FROM account WHERE username = ?", "twin.account"));
        assertTrue(answers.stream().noneMatch(r -> r.body().contains("exists already")), "the repeat is not an error");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'account.created' AND subject = ?", "twin.account"));
    }

    @Test
    void startingTheSameReportTwiceAtOnceStartsOneJob() throws Exception {
        HrSteps hr = new HrSteps(server, browser);
        hr.signInAs("repeat-hr-report", Role.HR);
        browser.open(server.url("/reports/?lang=en"));
        long before = count("SELECT COUNT(*) FROM report_job WHERE requested_by = ?", "repeat-hr-report");

        twiceAtOnce("/reports/index.xhtml", formOf("generate-form", "generate-form:generate", true), true);

        assertEquals(before + 1, count("SELECT COUNT(*) FROM report_job WHERE requested_by = ?", "repeat-hr-report"));
    }

    @Test
    void makingTheSameApiTokenTwiceAtOnceMakesOne() throws Exception {
        server.createAccount("repeat-token", PASSWORD, Role.HR);
        browser.signIn(server, "repeat-token", PASSWORD);
        browser.open(server.url("/account/tokens.xhtml?lang=en"));
        browser.type(By.id("tokens:name"), "Twin token");

        List<Http.Response> answers = twiceAtOnce("/account/tokens.xhtml", formOf("tokens", "tokens:create", false), false);

        assertEquals(1, count("SELECT COUNT(*) FROM api_token WHERE owner = ?", "repeat-token"));
        assertTrue(answers.stream().allMatch(r -> r.body().contains("id=\"secret\"")),
                "both answers show the one token's secret, whichever the browser keeps");
    }
}
