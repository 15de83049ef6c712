package org.concord.it;

import static org.concord.it.RespondentTexts.CLIMATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The respondent-side attacks on anonymity, carried out in Chromium against the real server:
 * padding a team through its shared link (one browser, cookies cleared, answering again and
 * again), counting an empty questionnaire as a respondent, and reading times off the stored
 * answers. Each test performs the attack and shows what stops it. The reader-side attacks
 * (figures while a wave is open, subtraction, small teams in exports) are in
 * {@link TeamResultsIT}, the raw export's tests and the disclosure gate's own.
 */
class AnonymityAttacksIT extends RespondentTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static void headcount(long campaign, int people) throws SQLException {
        try (Connection db = server.database(); PreparedStatement update = db.prepareStatement(
                "UPDATE team SET headcount = ? WHERE id IN (SELECT team_id FROM campaign_team WHERE campaign_id = ?)")) {
            update.setInt(1, people);
            update.setLong(2, campaign);
            update.executeUpdate();
        }
    }

    /** Answers every page with {@code value} and submits. */
    private void answerEverythingAndSubmit(int value) {
        while (!page.shows("answers:review")) {
            page.items().forEach(item -> page.choose(item, value));
            page.next();
        }
        page.submit();
    }

    @Test
    void aTeamsSharedLinkTakesNoMoreAnswersThanTheTeamHasPeople() throws Exception {
        var campaign = fixtures.campaign("Padding", TODAY.minusDays(1), TODAY.plusDays(10), 0, CLIMATE);
        headcount(campaign.id(), 3);
        String shared = campaign.token(0);
        for (int person = 0; person < 3; person++) {
            newRespondent();
            page.open(shared).consentAndStart();
            answerEverythingAndSubmit(1 + person);
            assertTrue(page.shows("done"), "person " + person + " is counted");
        }

        newRespondent();
        page.open(shared);
        assertTrue(page.shows("team-complete"), "a fourth visit from a cleared browser is refused: " + page.main());
        assertFalse(page.shows("consent-form"));
        assertEquals(3, StoredAssessment.count(server, "SELECT COUNT(*) FROM invitation WHERE campaign_id = ? AND NOT shared"
                + " AND member_id IS NULL AND progress = 'SUBMITTED'", campaign.id()));
    }

    @Test
    void aVisitorWhoStartedBeforeTheTeamFilledUpCannotFinishPastIt() throws Exception {
        var campaign = fixtures.campaign("Late padding", TODAY.minusDays(1), TODAY.plusDays(10), 0, CLIMATE);
        headcount(campaign.id(), 1);
        String shared = campaign.token(0);
        page.open(shared).consentAndStart();
        page.items().forEach(item -> page.choose(item, 2));
        page.next();
        var firstVisitor = browser.driver().manage().getCookies();

        newRespondent();
        page.open(shared).consentAndStart();
        answerEverythingAndSubmit(4);
        assertTrue(page.shows("done"));

        browser.clearCookies();
        firstVisitor.forEach(cookie -> browser.driver().manage().addCookie(cookie));
        page.open(shared);
        assertTrue(page.shows("team-complete"), "the team is complete: " + page.main());
        assertEquals(1, StoredAssessment.count(server, "SELECT COUNT(*) FROM assessment WHERE campaign_id = ?"
                + " AND progress = 'SUBMITTED'", campaign.id()));
    }

    @Test
    void aQuestionnaireWithNoAnswerCannotBeSubmittedAndCountsNowhere() throws Exception {
        var campaign = fixtures.campaign("Blank", TODAY.minusDays(1), TODAY.plusDays(10), 0, CLIMATE);
        page.open(campaign.token(0)).consentAndStart();
        while (!page.shows("answers:review")) {
            page.next();
        }
        page.submit();

        assertTrue(page.text("answers:messages").contains("no answer yet"), page.main());
        assertTrue(page.shows("answers:review"), "the respondent stays where they were");
        assertEquals(0, StoredAssessment.count(server, "SELECT COUNT(*) FROM assessment WHERE campaign_id = ?"
                + " AND progress = 'SUBMITTED'", campaign.id()));
        assertEquals(0, StoredAssessment.count(server, "SELECT COUNT(*) FROM invitation WHERE campaign_id = ?"
                + " AND progress = 'SUBMITTED'", campaign.id()));
    }

    @Test
    void submittedAnswersKeepNoTimeAtAll() throws Exception {
        var campaign = fixtures.campaign("No times", TODAY.minusDays(1), TODAY.plusDays(10), 1, CLIMATE);
        page.open(campaign.token(0)).consentAndStart();
        answerEverythingAndSubmit(3);
        assertTrue(page.shows("done"));

        assertEquals(1, StoredAssessment.count(server, "SELECT COUNT(*) FROM assessment WHERE campaign_id = ?"
                + " AND progress = 'SUBMITTED' AND invitation_id IS NULL", campaign.id()), "cut from the invitation");
        assertEquals(0, StoredAssessment.count(server, "SELECT COUNT(*) FROM assessment WHERE campaign_id = ?"
                + " AND (started_at IS NOT NULL OR submitted_on IS NOT NULL)", campaign.id()),
                "neither when it was started nor the day it went in");
    }
}
