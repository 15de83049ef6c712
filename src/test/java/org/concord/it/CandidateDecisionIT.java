package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.scoring.RespondentScorer;
import org.concord.scoring.ScoringPlan;
import org.concord.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A candidate's way from "new" to "decided", as the recruiter sees it on the real server in
 * Chromium: the list's status column follows each step (link sent, answering once the candidate
 * opened the link and began, self-report in, interviewed by 1 of 2, decided); the personal link is
 * copied with a button and e-mailed to the candidate (the message caught by a local SMTP server,
 * audited); the candidate page shows the panel's combined score beside each interviewer's own;
 * the decision is recorded with a reason by the recruiter only, changed, audited without the
 * reason; and the list and the candidate page have no WCAG 2.1 AA violation in English or French.
 */
class CandidateDecisionIT {

    private static final Questionnaire INTERVIEW = QuestionnaireLoader
            .loadFile(java.nio.file.Path.of("questionnaires", "cooperation-interview.v1.yaml")).questionnaire();
    private static final String PASSWORD = "Correct-horse-battery-9";
    private static final String DANA = "dana.decider";
    private static final String PAUL = "paul.panel";

    private static ConcordServer server;
    private static Browser dana;
    private static Browser paul;

    @BeforeAll
    static void start() {
        server = ConcordServer.get();
        server.createAccount(DANA, PASSWORD, Role.RECRUITER);
        server.createAccount(PAUL, PASSWORD, Role.RECRUITER);
        dana = new Browser().signIn(server, DANA, PASSWORD);
        paul = new Browser().signIn(server, PAUL, PASSWORD);
    }

    @AfterAll
    static void stop() {
        dana.close();
        paul.close();
    }

    @Test
    void theStatusFollowsTheCandidateAndTheRecruiterDecidesWithAReasonAudited() throws Exception {
        String name = "Nadia Statusova";
        long candidate = new RecruiterSteps(server, dana).newCandidate(name, "nadia@example.org", "Shift planner").id();
        assertEquals("new", status(name));

        dana.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=en"));
        dana.click(By.id("give:issue-link"));
        String link = waitForValue("give:link");
        assertEquals("link sent", status(name));

        dana.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=en"));
        assertTrue(dana.driver().findElements(By.id("copy-link")).isEmpty(), "the link is shown once, so is its button");
        dana.click(By.id("give:issue-link"));
        link = waitForValue("give:link");
        dana.click(By.id("copy-link"));
        String said = waitForAny(By.id("copy-status"), "Copied.", "The link is selected");
        if (said.startsWith("The link is selected")) {
            Object selected = ((org.openqa.selenium.JavascriptExecutor) dana.driver()).executeScript(
                    "var i = document.getElementById('give:link'); return i.value.substring(i.selectionStart, i.selectionEnd);");
            assertEquals(link, selected, "without the clipboard, the whole link is selected to copy by hand");
        }

        GreenMail smtp = new GreenMail(new ServerSetup(server.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            dana.click(By.id("give:mail-link"));
            dana.waitForText(By.id("messages"), "The link was e-mailed to nadia@example.org.");
            smtp.waitForIncomingEmail(1);
            MimeMessage[] received = smtp.getReceivedMessages();
            assertEquals(1, received.length);
            assertEquals("nadia@example.org", ((InternetAddress) received[0].getAllRecipients()[0]).getAddress());
            assertTrue(((String) received[0].getContent()).contains(link), "the message carries the link shown");
        } finally {
            smtp.stop();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'candidate.link-mailed' AND actor = '" + DANA
                + "' AND subject = 'candidate-" + candidate + "'"));
        assertEquals(List.of(), dana.policyViolations(), "copying runs within the Content-Security-Policy");

        try (Browser visitor = new Browser()) {
            visitor.open(link);
            assertEquals("link sent", status(name), "opening the link is not answering");
            RespondentPage respondent = new RespondentPage(server, visitor);
            respondent.consentAndStart();
            assertEquals("answering", status(name));
            while (visitor.driver().findElements(By.id("answers:submit")).isEmpty()) {
                for (String item : respondent.items()) {
                    respondent.choose(item, 4);
                }
                respondent.next(); // the last page's "next" leads to the review
            }
            respondent.submit();
        }
        assertEquals("self-report in", status(name));

        addToPanel(candidate, PAUL);
        Map<String, Integer> danas = ratings(1);
        interview(dana, candidate, danas);
        assertEquals("interviewed by 1 of 2", status(name));
        dana.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=en"));
        assertPanelScores(List.of(danas));

        Map<String, Integer> pauls = ratings(3);
        interview(paul, candidate, pauls);
        assertEquals("interviewed by 2 of 2", status(name));
        dana.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=en"));
        assertPanelScores(List.of(danas, pauls));

        paul.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=en"));
        assertTrue(paul.driver().findElements(By.id("decide:record-decision")).isEmpty(), "a panel member does not decide");
        assertTrue(paul.text(By.id("decision-none")).contains("No decision"));

        dana.click(By.cssSelector("input[name='decide:decision'][value='HOLD']"));
        dana.click(By.id("decide:record-decision"));
        dana.waitForText(By.id("messages"), "Reason is required.");
        assertEquals(0, count("SELECT COUNT(*) FROM candidate WHERE id = " + candidate + " AND decision IS NOT NULL"));

        dana.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=en"));
        decide("HOLD", "Waiting for the second site visit.");
        assertEquals("decided: hold", status(name));
        dana.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=en"));
        String reason = "Strong panel scores; Nadia's references are excellent.";
        decide("ADVANCE", reason);
        assertTrue(dana.text(By.id("messages")).contains("Decision recorded."), dana.text(By.id("messages")));
        assertEquals("Advance", dana.text(By.cssSelector("#decision-made strong")));
        assertTrue(dana.text(By.id("decision-made")).contains("recorded by " + DANA), dana.text(By.id("decision-made")));
        assertEquals(reason, dana.text(By.id("decision-reason-shown")));
        assertEquals("decided: advance", status(name));

        try (Connection db = server.database();
             PreparedStatement select = db.prepareStatement("SELECT decision, decision_reason, decided_by FROM candidate WHERE id = ?")) {
            select.setLong(1, candidate);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("ADVANCE", rs.getString(1));
                assertEquals(reason, rs.getString(2));
                assertEquals(DANA, rs.getString(3));
            }
        }
        assertEquals(List.of("hold", "advance"), auditedDecisions(candidate));
        paul.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=en"));
        assertEquals(reason, paul.text(By.id("decision-reason-shown")), "the panel, its ratings in, reads the decision");

        for (String language : List.of("en", "fr")) {
            dana.open(server.url("/recruiter/candidates.xhtml?lang=" + language));
            dana.find(By.id("list:candidates"));
            assertEquals(List.of(), Accessibility.violations(dana.driver()), "the candidate list in " + language);
            dana.screenshot("candidate-list-" + language);
            dana.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=" + language));
            dana.find(By.id("decide:record-decision"));
            assertEquals(List.of(), Accessibility.violations(dana.driver()), "the candidate page in " + language);
            dana.screenshot("candidate-page-" + language);
        }
        dana.open(server.url("/recruiter/candidates.xhtml?lang=fr"));
        assertEquals("décision : poursuivre", status(name));
    }

    @Test
    void aCandidateWithoutAnAddressCannotBeMailedTheirLinkAndThePageSaysWhy() throws Exception {
        dana.open(server.url("/recruiter/new-candidate.xhtml?lang=en"));
        long candidate = new RecruiterSteps(server, dana).newCandidate("Omar Nomail", "", "Picker").id();
        dana.click(By.id("give:issue-link"));
        waitForValue("give:link");
        assertFalse(dana.find(By.id("give:mail-link")).isEnabled(), "no address, no e-mail button to press");
        assertTrue(dana.text(By.id("no-email")).contains("No e-mail address is stored"));
        dana.find(By.id("copy-link"));
        for (String language : List.of("en", "fr")) {
            dana.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=" + language));
            dana.click(By.id("give:issue-link"));
            waitForValue("give:link");
            assertEquals(List.of(), Accessibility.violations(dana.driver()), "the candidate page with its link in " + language);
        }
    }

    /** The recruiter records {@code decision} with {@code reason}; the page comes back with it. */
    private static void decide(String decision, String reason) {
        dana.click(By.cssSelector("input[name='decide:decision'][value='" + decision + "']"));
        dana.type(By.id("decide:decision-reason"), reason);
        dana.clickAndWaitForPage(By.id("decide:record-decision"));
    }

    private static void assertPanelScores(List<Map<String, Integer>> raters) {
        ScoringPlan plan = ScoringPlan.of(INTERVIEW);
        RespondentScorer scorer = new RespondentScorer(plan);
        for (int s = 0; s < plan.scaleCount(); s++) {
            double sum = 0;
            List<String> own = new ArrayList<>();
            for (Map<String, Integer> ratings : raters) {
                double score = plan.scaleScore(scorer.answers(ratings), s);
                sum += score;
                own.add(RecruiterExpectations.decimals(score));
            }
            String row = "#panel-score-" + plan.scale(s).id();
            assertEquals(RecruiterExpectations.decimals(sum / raters.size()), dana.text(By.cssSelector(row + " .cc-panel-mean")));
            assertEquals(raters.size() == 1 ? "1 rater" : raters.size() + " raters", dana.text(By.cssSelector(row + " .cc-panel-raters")));
            List<String> shown = dana.driver().findElements(By.cssSelector(row + " .cc-rater-score")).stream().map(WebElement::getText).toList();
            assertEquals(own.stream().sorted().toList(), shown.stream().sorted().toList(), "each interviewer's own score beside the mean");
        }
    }

    /** The candidate's status in the recruiter's list. */
    private static String status(String name) {
        dana.open(server.url("/recruiter/candidates.xhtml"));
        return new WebDriverWait(dana.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("tr.cc-candidate-row")).stream()
                        .filter(row -> row.getText().contains(name)).findFirst()
                        .map(row -> row.findElement(By.cssSelector("[class*='cc-status-']")).getText()).orElse(null));
    }

    private static String waitForValue(String id) {
        return new WebDriverWait(dana.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id(id)).stream().map(e -> e.getAttribute("value"))
                        .filter(v -> v != null && v.contains("/respond/answer.xhtml?t=")).findFirst().orElse(null));
    }

    private static String waitForAny(By by, String... starts) {
        return new WebDriverWait(dana.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String text = d.findElement(by).getText();
                    for (String start : starts) {
                        if (text.startsWith(start)) {
                            return text;
                        }
                    }
                    return null;
                });
    }

    private static void addToPanel(long candidate, String interviewer) {
        dana.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=en"));
        dana.type(By.id("panel:interviewer"), interviewer);
        dana.clickAndWaitForPage(By.id("panel:add-interviewer"));
        assertTrue(dana.text(By.id("panel-members")).contains(interviewer));
    }

    /** One interviewer rates every question and submits. */
    private static void interview(Browser browser, long candidate, Map<String, Integer> ratings) {
        browser.open(server.url("/recruiter/interview.xhtml?candidate=" + candidate + "&lang=en"));
        for (int q = 1; q <= INTERVIEW.items().size(); q++) {
            Item item = INTERVIEW.items().get(q - 1);
            browser.click(By.cssSelector("input[name='question-form:rating'][value='" + ratings.get(item.id()) + "']"));
            browser.waitForText(By.id("messages"), "Question " + q + " saved.");
            browser.clickAndWaitForPage(By.id(q < INTERVIEW.items().size() ? "question-form:next" : "question-form:submit"));
        }
        assertTrue(browser.currentUrl().contains("/recruiter/candidate.xhtml"), browser.currentUrl());
    }

    private static Map<String, Integer> ratings(int shift) {
        Map<String, Integer> ratings = new HashMap<>();
        List<Item> items = INTERVIEW.items();
        for (int i = 0; i < items.size(); i++) {
            ratings.put(items.get(i).id(), 1 + (i * 3 + shift) % 5);
        }
        return ratings;
    }

    private static List<String> auditedDecisions(long candidate) throws SQLException {
        List<String> decisions = new ArrayList<>();
        try (Connection db = server.database();
             PreparedStatement select = db.prepareStatement("SELECT detail FROM audit_entry WHERE action = 'candidate.decided'"
                     + " AND subject = ? ORDER BY occurred_at, id")) {
            select.setString(1, "candidate-" + candidate);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    decisions.add(rs.getString(1));
                }
            }
        }
        return decisions;
    }

    private static int count(String sql) throws SQLException {
        try (Connection db = server.database(); PreparedStatement select = db.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
