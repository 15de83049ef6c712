package org.concord.it;

import static org.concord.it.RespondentTexts.CATALOG;
import static org.concord.it.RespondentTexts.CLIMATE;
import static org.concord.it.RespondentTexts.MATURITY;
import static org.concord.it.RespondentTexts.SELF_REPORT;
import static org.concord.it.RespondentTexts.day;
import static org.concord.it.RespondentTexts.pages;
import static org.concord.it.RespondentTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concord.kernel.AccessToken;
import org.concord.assessment.AssessmentService;
import org.concord.assessment.StoredScore;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Respondents answer through their links in a real browser, without an account: five team
 * members in English and French through a two-questionnaire campaign (one flow of pages, one
 * review, one submission), one who leaves halfway
 * and comes back after a server restart, one who submits twice and goes back, one whose browser
 * sends an answer outside the scale, and a candidate's self-report. Each is asserted on what
 * the page shows and on what the database holds, scores included.
 */
class RespondentJourneyIT extends RespondentTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static int value(int respondent, int item) {
        return (respondent * 3 + item) % 5 + 1;
    }

    private static boolean skips(int respondent, int item) {
        return item % 17 == respondent;
    }

    /**
     * Answers every page of both questionnaires in one flow (progress counting across both),
     * checks the one review listing what is unanswered in each, and submits once; returns the
     * answers given to each questionnaire.
     */
    private List<Map<String, Integer>> answer(int respondent, String language, Questionnaire... questionnaires) {
        List<Map<String, Integer>> given = new ArrayList<>();
        List<List<Integer>> skipped = new ArrayList<>();
        int total = Stream.of(questionnaires).mapToInt(q -> q.items().size()).sum();
        int answered = 0;
        assertFalse(page.shows("sign-in"), "an anonymous respondent is not offered to sign in");
        for (int index = 0; index < questionnaires.length; index++) {
            Questionnaire questionnaire = questionnaires[index];
            Map<String, Integer> answers = new HashMap<>();
            List<Integer> left = new ArrayList<>();
            int pages = pages(questionnaire);
            for (int p = 1; p <= pages; p++) {
                assertEquals(text(language, "respond.questionnaire", index + 1, questionnaires.length), page.text("questionnaire-indicator"));
                assertEquals(questionnaire.title().in(language), page.text("questionnaire-title"));
                assertEquals(text(language, "respond.page", p, pages), page.text("page-indicator"));
                assertEquals(text(language, "respond.answeredOf", answered, total), page.text("answered-count"),
                        "progress counts the questions answered, across both questionnaires");
                assertEquals(answered * 100 / total + "%", page.progress());
                List<Item> expected = questionnaire.items().subList((p - 1) * 10, Math.min(p * 10, questionnaire.items().size()));
                assertEquals(expected.stream().map(Item::id).toList(), page.items(), "at most ten questions a page, in order");
                assertEquals(expected.get(0).text().in(language), browser.text(By.cssSelector("#item-" + expected.get(0).id() + " legend")));
                assertTrue(page.main().contains(questionnaire.responseFormat().labels().get(5).in(language)));
                for (Item item : expected) {
                    int k = questionnaire.items().indexOf(item);
                    if (skips(respondent, k)) {
                        left.add(k + 1);
                    } else {
                        page.choose(item.id(), value(respondent, k));
                        answers.put(item.id(), value(respondent, k));
                        answered++;
                    }
                }
                page.next();
            }
            given.add(answers);
            skipped.add(left);
        }
        assertEquals(text(language, "respond.review.title"), page.text("page-indicator"));
        assertFalse(page.shows("answers:next"));
        assertTrue(!page.progress().equals("100%") || answered == total, "never 100% while questions are unanswered");
        for (int index = 0; index < questionnaires.length; index++) {
            List<Integer> left = skipped.get(index);
            assertEquals(questionnaires[index].title().in(language), page.text("review-title-" + index));
            assertEquals(left.isEmpty() ? text(language, "respond.review.none") : text(language, "respond.review.skipped", left.size(),
                    left.stream().map(String::valueOf).collect(Collectors.joining(", "))), page.text("skipped-" + index),
                    "one review lists what is unanswered in each questionnaire");
        }
        page.submit();
        return given;
    }

    @Test
    void fiveRespondentsAnswerATwoQuestionnaireCampaignInEnglishAndFrench() throws Exception {
        var campaign = fixtures.campaign("Spring review", TODAY.minusDays(2), TODAY.plusDays(20), 5, MATURITY, CLIMATE);
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            String language = r % 2 == 0 ? "en" : "fr";
            newRespondent();
            page.open(campaign.token(r));
            if (language.equals("fr")) {
                page.language("fr");
                assertEquals(page.url(campaign.token(r)), browser.currentUrl(), "the language switch keeps the link");
            }
            assertEquals("Spring review", page.text("asker"));
            assertEquals(text(language, "respond.campaign.wave", "Before team building"), page.text("wave"));
            assertEquals(text(language, "respond.length.text", MATURITY.minutes() + CLIMATE.minutes()), page.text("length"));
            StringBuilder rules = new StringBuilder(text(language, "respond.who.campaign"));
            for (String rule : List.of("cell", "close", "time", "rows", "padding", "detach")) {
                rules.append('\n').append(text(language, "respond.who.rule." + rule, 4));
            }
            assertEquals(rules.toString(), page.text("who"), "the anonymity rules, in plain words");
            assertTrue(page.text("questionnaires").contains(CLIMATE.title().in(language)));
            if (r == 0) {
                page.pressAndWait("consent-form:start");
                assertEquals(text(language, "respond.consent.required"), page.text("consent-form:messages"));
                assertFalse(page.shows("answers"), "nothing starts without consent");
            }
            page.consentAndStart();
            List<Map<String, Integer>> given = answer(r, language, MATURITY, CLIMATE);
            expected.add("coordination-maturity " + new TreeMap<>(given.get(0)));
            expected.add("team-cooperation-climate " + new TreeMap<>(given.get(1)));
            assertEquals(text(language, "respond.done.title"), browser.text(By.cssSelector("#done h1")));
            assertEquals(text(language, "respond.done.text", day(language, TODAY)), page.text("done-text"));
            assertFalse(page.shows("answers"));
        }

        assertEquals(5, StoredAssessment.count(server,
                "SELECT COUNT(*) FROM invitation WHERE campaign_id = ? AND progress = 'SUBMITTED' AND consented", campaign.id()));
        List<StoredAssessment> stored = StoredAssessment.ofCampaign(server, campaign.id());
        assertEquals(10, stored.size(), "one row per respondent and questionnaire, no more");
        for (StoredAssessment assessment : stored) {
            assertEquals("SUBMITTED", assessment.progress());
            assertNull(assessment.invitationId(), "no answer can be traced back to its invitation");
            assertFalse(assessment.consentTimeKept());
            assertFalse(assessment.submittedAtKept(), "in a campaign only the day is kept");
            assertScoresAreTheEngines(assessment);
        }
        assertEquals(expected.stream().sorted().toList(), stored.stream()
                .map(a -> a.questionnaireId() + " " + new TreeMap<>(a.answers())).sorted().toList());
    }

    private static void assertScoresAreTheEngines(StoredAssessment assessment) {
        Questionnaire questionnaire = CATALOG.find(assessment.questionnaireId(), assessment.questionnaireVersion()).orElseThrow();
        Map<String, StoredScore> engine = AssessmentService.score(questionnaire, assessment.answers());
        assertEquals(engine.keySet(), assessment.scores().keySet());
        engine.forEach((scale, score) -> {
            StoredScore stored = assessment.scores().get(scale);
            assertEquals(score.getScore(), stored.getScore(), scale);
            assertEquals(score.getAnswered(), stored.getAnswered(), scale);
            assertEquals(score.getItems(), stored.getItems(), scale);
        });
    }

    @Test
    void aRespondentWhoLeavesHalfwayResumesAfterARestartWithEveryAnswerIntact() throws Exception {
        var campaign = fixtures.campaign("Resume review", TODAY.minusDays(1), TODAY.plusDays(10), 1, MATURITY, CLIMATE);
        page.open(campaign.token(0)).consentAndStart();
        Map<String, Integer> given = new HashMap<>();
        for (int p = 1; p <= 3; p++) {
            List<String> items = page.items();
            for (int i = 0; i < (p < 3 ? items.size() : 4); i++) {
                page.choose(items.get(i), i % 5 + 1);
                given.put(items.get(i), i % 5 + 1);
            }
            if (p < 3) {
                page.next();
            }
        }
        page.previous();
        assertEquals(text("en", "respond.page", 2, 4), page.text("page-indicator"));
        assertEquals(given, StoredAssessment.ofCampaign(server, campaign.id()).get(0).answers(), "Previous saves too");

        server.restart();
        newRespondent();
        page.open(campaign.token(0));

        assertEquals(text("en", "respond.page", 2, 4), page.text("page-indicator"), "the link resumes where the respondent was");
        assertEquals(MATURITY.items().subList(10, 20).stream().collect(Collectors.toMap(Item::id, i -> given.get(i.id()))), page.chosen());
        page.next();
        assertEquals(4, page.chosen().size());
        assertEquals(given, StoredAssessment.ofCampaign(server, campaign.id()).get(0).answers());
    }

    @Test
    void submittingTwiceGoingBackReloadingOrSendingTheOldPageAgainCreatesNothingTwice() throws Exception {
        var campaign = fixtures.campaign("Once review", TODAY.minusDays(1), TODAY.plusDays(10), 1, CLIMATE);
        page.open(campaign.token(0)).consentAndStart();
        for (int p = 1; p <= pages(CLIMATE); p++) {
            page.items().forEach(item -> page.choose(item, 4));
            page.next();
        }
        assertEquals(text("en", "respond.review.none"), page.text("skipped-0"));
        String viewState = browser.attribute(By.name("jakarta.faces.ViewState"), "value");

        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("var b = document.getElementById('answers:submit'); b.click(); b.click();");
        assertEquals(text("en", "respond.done.text", day("en", TODAY)), browser.waitForText(By.id("done-text"), "Thank you"));
        // Every step of the questionnaire has the same address, so Back leaves it; Forward comes back to it.
        browser.driver().navigate().back();
        assertFalse(browser.currentUrl().contains("/respond/"), browser.currentUrl());
        browser.driver().navigate().forward();
        assertEquals(text("en", "respond.done.title"), browser.text(By.cssSelector("#done h1")), "coming back shows that the answers are in");
        browser.driver().navigate().refresh();
        assertEquals(text("en", "respond.done.title"), browser.text(By.cssSelector("#done h1")));
        Object status = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/respond/answer.xhtml', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                + " body: 'answers=answers&answers%3Asubmit=&jakarta.faces.ViewState=' + encodeURIComponent(arguments[0])})"
                + ".then(r => done(r.status)).catch(e => done(String(e)));", viewState);
        assertEquals(200L, status);

        List<StoredAssessment> stored = StoredAssessment.ofCampaign(server, campaign.id());
        assertEquals(1, stored.size());
        assertEquals(CLIMATE.items().size(), stored.get(0).answers().size());
        assertEquals(CLIMATE.scales().size(), stored.get(0).scores().size());
        assertEquals(1, StoredAssessment.count(server, "SELECT COUNT(*) FROM invitation WHERE campaign_id = ? AND progress = 'SUBMITTED'", campaign.id()));
        assertEquals(CLIMATE.scales().size(), StoredAssessment.count(server,
                "SELECT COUNT(*) FROM scale_score s JOIN assessment a ON a.id = s.assessment_id WHERE a.campaign_id = ?", campaign.id()));
    }

    @Test
    void anAnswerOutsideTheScaleSentByTheBrowserIsRefusedAndTheOtherAnswersAreKeptOnThePage() throws Exception {
        var campaign = fixtures.campaign("Range review", TODAY.minusDays(1), TODAY.plusDays(10), 1, MATURITY);
        page.open(campaign.token(0)).consentAndStart();
        List<String> items = page.items();
        page.choose(items.get(0), 2);
        page.choose(items.get(1), 3);
        page.choose(items.get(2), 4);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();

        for (String forged : new String[] {"9", "0", "x"}) {
            js.executeScript("var r = document.querySelector(arguments[0]); r.value = arguments[1]; r.checked = true;",
                    "input[name='answer-" + items.get(3) + "'][value='5']", forged);
            page.next();

            assertEquals(text("en", "respond.invalid"), page.text("answers:messages"), forged);
            assertEquals(text("en", "respond.page", 1, 4), page.text("page-indicator"));
            assertEquals(Map.of(items.get(0), 2, items.get(1), 3, items.get(2), 4), page.chosen(), "what the respondent chose stays");
            assertTrue(StoredAssessment.ofCampaign(server, campaign.id()).get(0).answers().isEmpty(), "nothing of the page is kept");
        }

        page.choose(items.get(3), 5);
        page.next();
        assertEquals(text("en", "respond.page", 2, 4), page.text("page-indicator"));
        assertEquals(Map.of(items.get(0), 2, items.get(1), 3, items.get(2), 4, items.get(3), 5),
                StoredAssessment.ofCampaign(server, campaign.id()).get(0).answers());
    }

    @Test
    void aCandidateAnswersTheirSelfReportAndTheRecruiterGetsTheScores() throws Exception {
        String token = fixtures.selfReport("Team lead", SELF_REPORT, 0, 180);
        page.open(token);

        assertEquals(text("en", "respond.candidate.heading", "Team lead"), page.text("asker"));
        assertEquals(text("en", "respond.who.candidate", day("en", TODAY.plusDays(180))), page.text("who"));
        assertEquals(text("en", "respond.length.text", SELF_REPORT.minutes()), page.text("length"));
        page.consentAndStart();
        assertFalse(page.shows("questionnaire-indicator") && !page.text("questionnaire-indicator").isEmpty(),
                "a single questionnaire is not numbered");
        for (int p = 1; p <= pages(SELF_REPORT); p++) {
            page.items().forEach(item -> page.choose(item, 3));
            page.next();
        }
        assertEquals(text("en", "respond.review.none"), page.text("skipped-0"));
        page.submit();

        assertEquals(text("en", "respond.done.text", day("en", TODAY)), page.text("done-text"));
        StoredAssessment stored = StoredAssessment.ofSelfReport(server, AccessToken.hash(token));
        assertEquals("SUBMITTED", stored.progress());
        assertTrue(stored.consentTimeKept(), "a candidate's consent keeps its time");
        assertTrue(stored.submittedAtKept());
        assertEquals(SELF_REPORT.items().size(), stored.answers().size());
        assertScoresAreTheEngines(stored);
    }
}
