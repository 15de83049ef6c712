package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.scoring.Agreement;
import org.concord.scoring.RespondentScorer;
import org.concord.scoring.ScoringPlan;
import org.concord.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A recruiter's whole path with a candidate, in real browsers on the real server: the recruiter
 * brings a candidate in with their consent and names a second interviewer; the candidate answers
 * the self-report in kiosk mode on the recruiter's screen, which they cannot leave; both
 * interviewers rate the candidate question by question, each signed in in a browser of their own;
 * and the candidate's page then shows both interviewers' ratings and notes, their agreement, and
 * self-report numbers equal to those the scoring engine computes here from the same answers.
 */
class RecruiterJourneyIT {

    private static final Questionnaire SELF_REPORT = RespondentTexts.SELF_REPORT;
    private static final Questionnaire INTERVIEW = load("cooperation-interview");
    private static final String PASSWORD = "Correct-horse-battery-9";
    private static final String RITA = "rita.recruiter";
    private static final String OMAR = "omar.interviewer";
    private static final String EVE = "eve.recruiter";

    private static ConcordServer server;
    private static Browser rita;
    private static Browser omar;

    @BeforeAll
    static void start() {
        server = ConcordServer.get();
        server.createAccount(RITA, PASSWORD, Role.RECRUITER);
        server.createAccount(OMAR, PASSWORD, Role.RECRUITER);
        server.createAccount(EVE, PASSWORD, Role.RECRUITER);
        try {
            rita = new Browser(Files.createTempDirectory("concord-candidate-report")).signIn(server, RITA, PASSWORD);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        omar = new Browser().signIn(server, OMAR, PASSWORD);
    }

    @AfterAll
    static void stop() {
        rita.close();
        omar.close();
    }

    private static Questionnaire load(String id) {
        return QuestionnaireLoader.loadFile(Path.of("questionnaires", id + ".v1.yaml")).questionnaire();
    }

    @Test
    void aCandidateIsAssessedByKioskSelfReportAndTwoInterviewersAndThePageBringsItTogether() throws Exception {
        long warmUp = newCandidate("Warm-up candidate", "Analyst");
        answerInKiosk(warmUp, pattern(SELF_REPORT, 2));

        String name = "Zoë <b>O'Neil</b>";
        long candidate = newCandidate(name, "Support team lead");
        assertEquals(name, rita.text(By.id("candidate-name")), "free text is shown escaped, as typed");
        addToPanel(candidate, OMAR);
        Map<String, Integer> selfReport = pattern(SELF_REPORT, 0);
        answerInKiosk(candidate, selfReport);

        rita.open(server.url("/recruiter/candidate.xhtml?id=" + candidate));
        RecruiterExpectations expected = RecruiterExpectations.of(server, SELF_REPORT);
        assertTrue(expected.sampleSize() >= 2, "the warm-up's and this candidate's self-reports are in the sample");
        int[] answers = new RespondentScorer(ScoringPlan.of(SELF_REPORT)).answers(selfReport);
        for (int s = 0; s < SELF_REPORT.scales().size(); s++) {
            String row = "sr-" + SELF_REPORT.scales().get(s).id();
            assertEquals(expected.score(s, answers), rita.text(By.cssSelector("#" + row + " .cc-score")));
            assertFalse(rita.text(By.cssSelector("#" + row + " .cc-band")).isBlank(), "a score is never shown without its band");
            assertTrue(rita.text(By.cssSelector("#" + row + " .cc-interval")).startsWith(expected.interval(s, answers)),
                    rita.text(By.cssSelector("#" + row + " .cc-interval")));
            assertTrue(rita.text(By.cssSelector("#" + row + " .cc-percentile")).startsWith(expected.percentile(s, answers)),
                    rita.text(By.cssSelector("#" + row + " .cc-percentile")));
        }
        assertTrue(rita.find(By.cssSelector("#self-report-results canvas")).isDisplayed(), "the self-report chart is drawn");

        Map<String, Integer> ritasRatings = pattern(INTERVIEW, 1);
        Map<String, Integer> omarsRatings = pattern(INTERVIEW, 3);
        String ritasNote = "<script>alert('x')</script> Helped a new colleague unasked.";
        interview(rita, candidate, ritasRatings, Map.of(INTERVIEW.items().get(0).id(), ritasNote));
        assertTrue(rita.driver().findElements(By.id("rater-" + OMAR)).isEmpty(), "nobody else's ratings are in yet");
        interview(omar, candidate, omarsRatings, Map.of(INTERVIEW.items().get(1).id(), "Blamed the supplier."));

        rita.open(server.url("/recruiter/candidate.xhtml?id=" + candidate));
        assertEquals(ritasNote, rita.text(By.cssSelector("#rating-" + RITA.replace(".", "\\.") + "-" + INTERVIEW.items().get(0).id() + " .cc-note-text")));
        assertTrue(rita.pageText().contains("Blamed the supplier."), "after submitting, the others' notes show");
        ScoringPlan plan = ScoringPlan.of(INTERVIEW);
        RespondentScorer scorer = new RespondentScorer(plan);
        List<int[]> both = List.of(scorer.answers(ritasRatings), scorer.answers(omarsRatings));
        for (int s = 0; s < plan.scaleCount(); s++) {
            String scale = plan.scale(s).id();
            assertEquals(RecruiterExpectations.decimals(Agreement.rwgj(both, plan.itemsOf(s), 5).value()),
                    rita.text(By.cssSelector("#agreement-" + scale + " .cc-rwg")));
            assertEquals(RecruiterExpectations.decimals(Math.abs(plan.scaleScore(both.get(0), s) - plan.scaleScore(both.get(1), s))),
                    rita.text(By.cssSelector("#agreement-" + scale + " .cc-range")));
            for (String rater : List.of(RITA, OMAR)) {
                int[] ratings = both.get(rater.equals(RITA) ? 0 : 1);
                String row = "#iv-" + rater.replace(".", "\\.") + "-" + scale;
                assertEquals(RecruiterExpectations.decimals(plan.scaleScore(ratings, s)), rita.text(By.cssSelector(row + " .cc-score")));
                assertFalse(rita.text(By.cssSelector(row + " .cc-band")).isBlank());
                assertFalse(rita.text(By.cssSelector(row + " .cc-interval")).isBlank());
            }
        }
        assertTrue(drawn(rita, "#interviews canvas"), "the interview chart is drawn");
        assertTrue(drawn(rita, "#self-report-results canvas"), "the self-report chart is drawn");
        assertEquals(List.of(), rita.policyViolations(), "the pages run within the Content-Security-Policy");
        assertTrue(rita.text(By.id("reminder")).contains("never replace"));
        assertTrue(omar.driver().getPageSource().contains("agreement-helping"), "omar, submitted, sees the agreement too");

        rita.click(By.id("report:download"));
        Path report = rita.awaitDownload(".xlsx");
        assertTrue(report.getFileName().toString().startsWith("candidate-report-candidate-" + candidate + "-"),
                "the file is named after the candidate's id, never their name: " + report.getFileName());
        try (XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage.open(report.toFile(), PackageAccess.READ))) {
            CandidateReportExpectations.assertSameAsPage(workbook, rita, name, SELF_REPORT, INTERVIEW, List.of(RITA, OMAR));
            Sheet ratings = workbook.getSheet("Interview");
            int header = CandidateReportExpectations.headerRow(ratings);
            for (int q = 0; q < INTERVIEW.items().size(); q++) {
                Row row = ratings.getRow(header + 1 + q);
                String item = INTERVIEW.items().get(q).id();
                assertEquals(ritasRatings.get(item), (int) row.getCell(CandidateReportExpectations.column(ratings, RITA + ": rating"))
                        .getNumericCellValue());
                assertEquals(omarsRatings.get(item), (int) row.getCell(CandidateReportExpectations.column(ratings, OMAR + ": rating"))
                        .getNumericCellValue());
            }
            assertEquals(ritasNote, ratings.getRow(header + 1).getCell(CandidateReportExpectations.column(ratings, RITA + ": notes"))
                    .getStringCellValue(), "notes are in the report as typed, as text");
            assertEquals("Blamed the supplier.", ratings.getRow(header + 2)
                    .getCell(CandidateReportExpectations.column(ratings, OMAR + ": notes")).getStringCellValue());
        }
        try (Connection db = server.database();
             PreparedStatement audited = db.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND subject = ?"
                     + " AND action IN ('report.generated', 'report.downloaded')")) {
            audited.setString(1, RITA);
            audited.setString(2, "candidate-" + candidate);
            try (ResultSet rs = audited.executeQuery()) {
                rs.next();
                assertEquals(2, rs.getInt(1), "generating and downloading the report are audited");
            }
        }
    }

    @Test
    void aRatingOutsideTheScaleSentByHandIsRefusedWithAMessageAndWhatWasSavedStays() throws Exception {
        long candidate = newCandidate("Hand-posted ratings", "Buyer");
        rita.open(server.url("/recruiter/interview.xhtml?candidate=" + candidate + "&lang=en"));
        String first = INTERVIEW.items().get(0).id();
        rita.click(By.cssSelector("input[name='question-form:rating'][value='4']"));
        rita.waitForText(By.id("messages"), "Question 1 saved.");
        rita.type(By.id("question-form:note"), "Kept note");
        rita.click(By.id("question"));
        JavascriptExecutor js = (JavascriptExecutor) rita.driver();
        for (String forged : List.of("6", "0", "x")) {
            js.executeScript("var r = document.querySelector(\"input[name='question-form:rating'][value='5']\")"
                    + " || document.querySelector(\"input[name='question-form:rating'][data-forged]\");"
                    + " r.setAttribute('data-forged', 'yes'); r.value = arguments[0]; r.click();", forged);
            String said = rita.waitForText(By.id("messages"), "was not saved");
            assertTrue(said.startsWith("Your rating: ") && said.contains(forged.equals("x") ? "\"x\" is not a whole number"
                    : "not one of the choices offered"), forged + ": " + said);
            rita.open(server.url("/recruiter/interview.xhtml?candidate=" + candidate + "&q=1&lang=en"));
            assertTrue(rita.find(By.cssSelector("input[name='question-form:rating'][value='4']")).isSelected(),
                    "the rating saved before stays, shown: " + forged);
            assertEquals("Kept note", rita.attribute(By.id("question-form:note"), "value"));
        }
        rita.open(server.url("/recruiter/interview.xhtml?candidate=" + candidate + "&q=1&lang=fr"));
        js.executeScript("var r = document.querySelector(\"input[name='question-form:rating'][value='5']\");"
                + " r.value = '7'; r.click();");
        String dit = rita.waitForText(By.id("messages"), "enregistrée");
        assertTrue(dit.startsWith("Votre note : la valeur envoyée ne fait pas partie des choix proposés"), dit);
        rita.open(server.url("/recruiter/candidates.xhtml?lang=en"));
        try (Connection db = server.database();
             PreparedStatement select = db.prepareStatement("SELECT x.answer_value, n.note FROM assessment a"
                     + " JOIN answer x ON x.assessment_id = a.id LEFT JOIN interview_note n ON n.assessment_id = a.id"
                     + " AND n.item_id = x.item_id WHERE a.candidate_id = ? AND a.rater_username = ? AND x.item_id = ?")) {
            select.setLong(1, candidate);
            select.setString(2, RITA);
            select.setString(3, first);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), "the rating is stored");
                assertEquals(4, rs.getInt(1), "no forged rating reached the database");
                assertEquals("Kept note", rs.getString(2));
                assertFalse(rs.next());
            }
        }
    }

    @Test
    void aPersonalLinkIsShownOnceAndOpensTheCandidatesSelfReportOnTheRespondentPages() throws Exception {
        long candidate = newCandidate("Link candidate", "Warehouse planner");
        rita.click(By.id("give:issue-link"));
        String link = rita.attribute(By.id("give:link"), "value");
        assertTrue(link.matches("http://.+/respond/answer\\.xhtml\\?t=[A-Za-z0-9_-]{43}"), link);
        String token = link.substring(link.indexOf("t=") + 2);
        try (Connection db = server.database();
             PreparedStatement select = db.prepareStatement("SELECT COUNT(*) FROM assessment WHERE candidate_id = ?"
                     + " AND access_hash = ?")) {
            select.setLong(1, candidate);
            select.setString(2, org.concord.kernel.AccessToken.hash(token));
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1), "only the token's hash is stored");
            }
        }
        rita.open(server.url("/recruiter/candidate.xhtml?id=" + candidate));
        assertFalse(rita.pageText().contains(token), "the link is shown once");
        try (Browser visitor = new Browser()) {
            visitor.open(link);
            assertTrue(visitor.text(By.id("asker")).contains("Warehouse planner"), visitor.text(By.id("asker")));
        }
    }

    @Test
    void aNewLinkSaysLinkSentAtOnceAndNotAnsweringUntilTheCandidateBegins() throws Exception {
        long candidate = newCandidate("Status candidate", "Dispatcher");
        assertEquals("The candidate has not been given the self-report yet.", rita.text(By.id("self-report-status")));

        rita.click(By.id("give:issue-link"));

        assertEquals("A personal link was made; the candidate has not opened it yet.",
                rita.waitForText(By.id("self-report-status"), "personal link"));
        try (Connection db = server.database();
             PreparedStatement select = db.prepareStatement("SELECT progress, answering_began_at FROM assessment"
                     + " WHERE candidate_id = ?")) {
            select.setLong(1, candidate);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), "the link's self-report is stored");
                assertEquals("STARTED", rs.getString(1));
                assertNull(rs.getObject(2), "nobody began answering");
            }
        }
        rita.open(server.url("/recruiter/candidate.xhtml?id=" + candidate));
        assertEquals("A personal link was made; the candidate has not opened it yet.", rita.text(By.id("self-report-status")),
                "after a reload too: nobody opened the link");
    }

    @Test
    void hrOnThePanelOpensTheInterviewAndTheRecruiterRemovesThemAfterConfirmingAudited() throws Exception {
        String hana = "hana.hr." + Long.toString(System.nanoTime(), 36);
        server.createAccount(hana, PASSWORD, Role.HR);
        long candidate = newCandidate("Panel HR candidate", "Planner");
        addToPanel(candidate, hana);
        try (Browser hr = new Browser().signIn(server, hana, PASSWORD)) {
            hr.open(server.url("/recruiter/interview.xhtml?candidate=" + candidate + "&lang=en"));
            assertFalse(hr.pageText().contains("Access refused"), hr.pageText());
            assertTrue(hr.find(By.cssSelector("input[name='question-form:rating'][value='4']")).isDisplayed());
        }

        rita.click(By.cssSelector("#panel-members .cc-panel-member button"));
        rita.waitForText(By.id("personal-data:confirm"), hana);
        assertEquals(1, countRows("SELECT COUNT(*) FROM candidate_interviewer WHERE candidate_id = " + candidate),
                "nothing changes before the confirmation");
        rita.clickAndWaitForPage(By.id("personal-data:confirm-yes"));

        assertTrue(rita.text(By.id("messages")).contains("Interviewer " + hana + " removed from the panel."), rita.text(By.id("messages")));
        assertFalse(rita.text(By.id("panel-members")).contains(hana));
        assertEquals(0, countRows("SELECT COUNT(*) FROM candidate_interviewer WHERE candidate_id = " + candidate));
        assertEquals(1, countRows("SELECT COUNT(*) FROM audit_entry WHERE action = 'candidate.panel-removed' AND detail = '" + hana + "'"));
    }

    @Test
    void submittingWithUnratedQuestionsWarnsAndListsThemFirst() throws Exception {
        long candidate = newCandidate("Unrated candidate", "Driver");
        int last = INTERVIEW.items().size();
        rita.open(server.url("/recruiter/interview.xhtml?candidate=" + candidate + "&q=" + last + "&lang=en"));
        rita.click(By.cssSelector("input[name='question-form:rating'][value='3']"));
        rita.waitForText(By.id("messages"), "Question " + last + " saved.");

        rita.click(By.id("question-form:submit"));

        String warning = rita.waitForText(By.id("question-form:unrated-confirm"), "Not rated yet");
        assertTrue(warning.contains("1, 2, 3"), warning);
        assertFalse(warning.contains(", " + last), "the question just rated is not listed: " + warning);
        rita.click(By.id("question-form:unrated-no"));
        assertEquals(0, countRows("SELECT COUNT(*) FROM assessment WHERE candidate_id = " + candidate
                + " AND rater_username IS NOT NULL AND progress = 'SUBMITTED'"), "going back submits nothing");
    }

    @Test
    void anotherRecruiterIsRefusedTheCandidateAndDoesNotListIt() {
        long candidate = newCandidate("Private candidate", "Buyer");
        try (Browser eve = new Browser().signIn(server, EVE, PASSWORD)) {
            eve.open(server.url("/recruiter/candidate.xhtml?id=" + candidate));
            assertTrue(eve.pageText().contains("There is no candidate of yours at this address."));
            assertFalse(eve.pageText().contains("Private candidate"));
            eve.open(server.url("/recruiter/interview.xhtml?candidate=" + candidate));
            assertFalse(eve.pageText().contains("Private candidate"));
            eve.open(server.url("/recruiter/candidates.xhtml"));
            assertFalse(eve.pageText().contains("Private candidate"));
        }
        rita.open(server.url("/recruiter/candidates.xhtml"));
        assertTrue(rita.text(By.id("list:candidates")).contains("Private candidate"));
        rita.type(By.cssSelector("#list\\:candidates input[id$='filter']"), "Private");
        new org.openqa.selenium.support.ui.WebDriverWait(rita.driver(), java.time.Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // rows replaced by the filter's ajax update
                .until(d -> d.findElements(By.cssSelector("tr.cc-candidate-row")).size() >= 1
                        && d.findElements(By.cssSelector("tr.cc-candidate-row")).stream()
                        .allMatch(row -> row.getText().contains("Private candidate")));
        assertTrue(rita.text(By.id("list:candidates")).contains("Buyer"));
    }

    /** Whether Chart.js has drawn a chart on the canvas {@code selector} finds. */
    private static boolean drawn(Browser browser, String selector) {
        browser.find(By.cssSelector(selector));
        Object chart = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return !!(window.Chart && Chart.getChart(document.querySelector(arguments[0])));", selector);
        return Boolean.TRUE.equals(chart);
    }

    private static int countRows(String sql) throws java.sql.SQLException {
        try (Connection db = server.database(); PreparedStatement select = db.prepareStatement(sql); ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Fills in the new-candidate form with the candidate's consent; returns the new candidate's id. */
    private static long newCandidate(String name, String position) {
        RecruiterSteps.Brought brought = new RecruiterSteps(server, rita).newCandidate(name, "candidate@example.org", position);
        long candidate = brought.id();
        String consent = brought.consent();
        try (Connection db = server.database();
             PreparedStatement select = db.prepareStatement("SELECT consent_text, recruiter_username FROM candidate WHERE id = ?")) {
            select.setLong(1, candidate);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(consent, rs.getString(1), "the consent is stored exactly as the candidate read it");
                assertEquals(RITA, rs.getString(2));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return candidate;
    }

    private static void addToPanel(long candidate, String interviewer) {
        rita.type(By.id("panel:interviewer"), interviewer);
        rita.clickAndWaitForPage(By.id("panel:add-interviewer"));
        assertTrue(rita.text(By.id("panel-members")).contains(interviewer));
    }

    /** The recruiter hands over the screen; the candidate answers page by page and submits; the recruiter takes it back. */
    private static void answerInKiosk(long candidate, Map<String, Integer> answers) {
        rita.open(server.url("/recruiter/candidate.xhtml?id=" + candidate));
        rita.type(By.id("give:unlock-code"), "2468");
        rita.clickAndWaitForPage(By.id("give:start-kiosk"));
        assertTrue(rita.currentUrl().contains("/recruiter/kiosk.xhtml"), rita.currentUrl());
        rita.open(server.url("/recruiter/candidates.xhtml"));
        assertTrue(rita.currentUrl().contains("/recruiter/kiosk.xhtml"), "kiosk mode keeps the screen on the kiosk");
        assertTrue(rita.driver().findElements(By.id("sign-out-form:sign-out")).isEmpty(), "the locked screen has no sign-out");
        rita.open(server.url("/index.xhtml"));
        assertTrue(rita.currentUrl().contains("/recruiter/kiosk.xhtml"), "the candidate cannot leave the kiosk");
        rita.click(By.id("consent-form:consent"));
        rita.clickAndWaitForPage(By.id("consent-form:start"));
        while (true) {
            for (Item item : SELF_REPORT.items()) {
                List<org.openqa.selenium.WebElement> shown = rita.driver().findElements(By.id("item-" + item.id()));
                if (!shown.isEmpty()) {
                    rita.click(By.cssSelector("#item-" + item.id() + " input[value='" + answers.get(item.id()) + "']"));
                }
            }
            if (rita.driver().findElements(By.id("answers:next")).isEmpty()) {
                break;
            }
            rita.clickAndWaitForPage(By.id("answers:next"));
        }
        rita.clickAndWaitForPage(By.id("answers:to-review"));
        rita.clickAndWaitForPage(By.id("answers:submit"));
        assertEquals("Thank you!", rita.text(By.id("thanks-title")));
        assertFalse(rita.pageText().matches("(?s).*\\d\\.\\d\\d.*"), "the kiosk shows no score");
        rita.type(By.id("unlock:code"), "1111");
        rita.click(By.id("unlock:end-kiosk"));
        rita.waitForText(By.id("messages"), "not the unlock code");
        rita.type(By.id("unlock:code"), "2468");
        rita.clickAndWaitForPage(By.id("unlock:end-kiosk"));
        assertTrue(rita.currentUrl().contains("/signin.xhtml"), "handing back ends the session: " + rita.currentUrl());
        rita.submitSignIn(RITA, PASSWORD);
        assertTrue(rita.currentUrl().contains("/recruiter/candidate.xhtml"), rita.currentUrl());
    }

    /** One interviewer rates every question, one at a time, writes the given notes, and submits. */
    private static void interview(Browser browser, long candidate, Map<String, Integer> ratings, Map<String, String> notes) {
        browser.open(server.url("/recruiter/interview.xhtml?candidate=" + candidate));
        assertTrue(browser.text(By.id("candidate-profile")).contains("Cooperation"), "the self-report profile is beside the questions");
        for (int q = 1; q <= INTERVIEW.items().size(); q++) {
            Item item = INTERVIEW.items().get(q - 1);
            assertEquals(item.text().in("en"), browser.text(By.id("question")));
            assertTrue(browser.text(By.id("anchors")).contains(item.anchors().get(5).in("en")));
            browser.click(By.cssSelector("input[name='question-form:rating'][value='" + ratings.get(item.id()) + "']"));
            browser.waitForText(By.id("messages"), "Question " + q + " saved.");
            if (q == 2) {
                browser.open(server.url("/recruiter/interview.xhtml?candidate=" + candidate + "&q=2"));
                assertTrue(browser.find(By.cssSelector("input[name='question-form:rating'][value='" + ratings.get(item.id()) + "']"))
                        .isSelected(), "a rating is kept without moving on");
            }
            if (notes.containsKey(item.id())) {
                browser.type(By.id("question-form:note"), notes.get(item.id()));
            }
            browser.clickAndWaitForPage(By.id(q < INTERVIEW.items().size() ? "question-form:next" : "question-form:submit"));
        }
        assertTrue(browser.currentUrl().contains("/recruiter/candidate.xhtml"), browser.currentUrl());
    }

    /** Answers to every item, varied by item and by {@code shift}, within 1..5. */
    private static Map<String, Integer> pattern(Questionnaire questionnaire, int shift) {
        Map<String, Integer> answers = new HashMap<>();
        List<Item> items = questionnaire.items();
        for (int i = 0; i < items.size(); i++) {
            answers.put(items.get(i).id(), 1 + (i * 7 + shift * 3 + (items.get(i).reversed() ? 2 : 0)) % 5);
        }
        return answers;
    }
}
