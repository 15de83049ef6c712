package org.concord.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.kernel.Refusal;
import org.concord.campaign.Campaign;
import org.concord.campaign.Invitation;
import org.concord.campaign.LinkMode;
import org.concord.campaign.Team;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.candidate.Candidate;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.questionnaire.QuestionnairePages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.concord.kernel.Progress;
import org.concord.kernel.AccessToken;

/**
 * A respondent's link from the first visit to the page saying the answers are in, on H2 and on
 * PostgreSQL: which link leads where, consent, resuming, submitting once, anonymity.
 */
class ResponseServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Catalog CATALOG = QuestionnaireLoader.loadFolder(Path.of("questionnaires"));
    private static final Questionnaire MATURITY = CATALOG.latest("coordination-maturity").orElseThrow();
    private static final Questionnaire CLIMATE = CATALOG.latest("team-cooperation-climate").orElseThrow();
    private static final Questionnaire SELF_REPORT = CATALOG.latest("cooperativeness").orElseThrow();

    /** A two-questionnaire campaign open from {@code opens} to {@code closes}; returns the token of {@code kind}'s link. */
    private static String link(Container container, LocalDate opens, LocalDate closes, boolean shared) {
        String token = AccessToken.newToken();
        container.inTransaction(em -> {
            Team team = new Team("Logistics " + token, "Operations", "manon", CLOCK.instant());
            var member = team.addMember("Ada", "ada@example.org");
            em.persist(team);
            Campaign campaign = new Campaign("Autumn review", "before team building", opens, closes, 4,
                    shared ? LinkMode.SHARED : LinkMode.PERSONAL, "hr", CLOCK.instant());
            campaign.addTeam(team);
            campaign.addInstrument(MATURITY.id(), MATURITY.version());
            campaign.addInstrument(CLIMATE.id(), CLIMATE.version());
            em.persist(campaign);
            em.persist(shared ? Invitation.sharedLink(campaign, team, AccessToken.hash(token), CLOCK.instant())
                    : Invitation.personal(campaign, member, AccessToken.hash(token), CLOCK.instant()));
            return null;
        });
        return token;
    }

    private static String openCampaign(Container container, boolean shared) {
        return link(container, TODAY.minusDays(25), TODAY.plusDays(5), shared);
    }

    private static String selfReport(Container container, Instant consentedToRecruiter, int retentionDays) {
        String token = AccessToken.newToken();
        container.inTransaction(em -> {
            Candidate candidate = new Candidate("Bea Martin", "bea@example.org", "Team lead", "rita",
                    "I agree to ...", retentionDays, consentedToRecruiter);
            em.persist(candidate);
            em.persist(Assessment.selfReport(SELF_REPORT, candidate, AccessToken.hash(token), CLOCK.instant()));
            return null;
        });
        return token;
    }

    private static Map<String, Integer> answers(List<Item> items, int value) {
        Map<String, Integer> answers = new HashMap<>();
        items.forEach(item -> answers.put(item.id(), value));
        return answers;
    }

    /** Answers every page of the questionnaire being answered with {@code value} and goes to the review. */
    private static Respondent answerAll(Container container, String token, String visitor, int value) {
        Respondent now = container.get(ResponseService.class).open(token, visitor);
        QuestionnairePages pages = now.pages();
        for (int page = now.page(); page <= pages.count(); page++) {
            int next = page + 1;
            Map<String, Integer> page1 = answers(pages.page(page), value);
            now = container.get(ResponseService.class).savePage(token, visitor, now(container, token, visitor).assessmentId(), page1, next);
        }
        return now;
    }

    private static Respondent now(Container container, String token, String visitor) {
        return container.get(ResponseService.class).open(token, visitor);
    }

    private static long count(Container container, String jpql) {
        return container.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPersonalLinkAsksForConsentThenStartsTheFirstQuestionnaire(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            String token = openCampaign(container, false);

            Respondent welcome = now(container, token, null);
            assertEquals(LinkStatus.WELCOME, welcome.status());
            assertEquals("Autumn review", welcome.asker().campaignName());
            assertEquals("before team building", welcome.asker().waveLabel());
            assertEquals(4, welcome.asker().minGroupSize());
            assertEquals(List.of(MATURITY, CLIMATE), welcome.questionnaires());
            assertEquals(MATURITY.minutes() + CLIMATE.minutes(), welcome.minutes());
            assertEquals(0, count(container, "SELECT COUNT(a) FROM Assessment a"), "opening a link starts nothing");

            Respondent answering = container.get(ResponseService.class).consent(token, null);

            assertEquals(LinkStatus.ANSWERING, answering.status());
            assertEquals(MATURITY, answering.questionnaire());
            assertEquals(1, answering.page());
            assertEquals(0, answering.progress());
            assertNull(answering.newVisitorToken());
            Invitation invitation = container.inTransaction(em -> em.createQuery("SELECT i FROM Invitation i", Invitation.class).getSingleResult());
            assertTrue(invitation.isConsented());
            assertEquals(Progress.STARTED, invitation.getProgress());
            assertEquals(1, count(container, "SELECT COUNT(a) FROM Assessment a"));
            container.get(ResponseService.class).consent(token, null);
            assertEquals(1, count(container, "SELECT COUNT(a) FROM Assessment a"), "consenting twice starts nothing more");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSharedLinkGivesEachVisitorTheirOwnAnonymousInvitation(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            String shared = openCampaign(container, true);

            assertEquals(LinkStatus.WELCOME, now(container, shared, null).status());
            assertEquals(1, count(container, "SELECT COUNT(i) FROM Invitation i"), "a mere visit creates nothing");
            String first = container.get(ResponseService.class).consent(shared, null).newVisitorToken();
            String second = container.get(ResponseService.class).consent(shared, null).newVisitorToken();

            assertNotNull(first);
            assertNotEquals(first, second);
            assertEquals(LinkStatus.ANSWERING, now(container, shared, first).status());
            assertEquals(LinkStatus.WELCOME, now(container, shared, null).status(), "without its private token a browser is a new visitor");
            assertEquals(LinkStatus.WELCOME, now(container, shared, "not-a-token").status());
            assertEquals(3, count(container, "SELECT COUNT(i) FROM Invitation i"));
            assertEquals(2, count(container, "SELECT COUNT(i) FROM Invitation i WHERE i.shared = false AND i.member IS NULL AND i.consented = true"));
            assertEquals(2, count(container, "SELECT COUNT(DISTINCT a.invitation) FROM Assessment a"));
            assertEquals(0, count(container, "SELECT COUNT(a) FROM Assessment a WHERE a.invitation.shared = true"));

            String otherShared = openCampaign(container, true);
            assertEquals(LinkStatus.WELCOME, now(container, otherShared, first).status(), "a visitor of one team is not one of another");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCandidatesSelfReportShowsThePositionAndKeepsTheTimeOfConsent(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            String token = selfReport(container, CLOCK.instant(), 180);

            Respondent welcome = now(container, token, null);
            assertEquals(LinkStatus.WELCOME, welcome.status());
            assertFalse(welcome.asker().isCampaign());
            assertEquals("Team lead", welcome.asker().position());
            assertEquals(TODAY.plusDays(180), welcome.asker().keptUntil());
            assertEquals(SELF_REPORT.minutes(), welcome.minutes());

            assertEquals(LinkStatus.ANSWERING, container.get(ResponseService.class).consent(token, null).status());
            long id = now(container, token, null).assessmentId();
            assertEquals(CLOCK.instant(), container.inTransaction(em -> em.find(Assessment.class, id).getConsentedAt()));

            answerAll(container, token, null, 4);
            Respondent done = container.get(ResponseService.class).submit(token, null, id);
            assertEquals(LinkStatus.DONE, done.status());
            assertEquals(TODAY, done.date());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void closedNotYetOpenExpiredUnknownAndMalformedLinksSaySoAndNothingElse(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            String closed = link(container, TODAY.minusDays(30), TODAY.minusDays(1), false);
            String notYetOpen = link(container, TODAY.plusDays(1), TODAY.plusDays(30), true);
            String lastDay = link(container, TODAY.minusDays(30), TODAY, false);
            String expired = selfReport(container, CLOCK.instant().minusSeconds(3 * 86_400), 2);

            Respondent closedShown = now(container, closed, null);
            assertEquals(LinkStatus.CLOSED, closedShown.status());
            assertEquals(TODAY.minusDays(1), closedShown.date());
            Respondent notYet = now(container, notYetOpen, null);
            assertEquals(LinkStatus.NOT_YET_OPEN, notYet.status());
            assertEquals(TODAY.plusDays(1), notYet.date());
            assertEquals(LinkStatus.WELCOME, now(container, lastDay, null).status(), "a campaign is open on its last day");
            assertEquals(LinkStatus.EXPIRED, now(container, expired, null).status());
            assertEquals(LinkStatus.CLOSED, container.get(ResponseService.class).consent(closed, null).status());
            assertEquals(LinkStatus.NOT_YET_OPEN, container.get(ResponseService.class).consent(notYetOpen, null).status());
            assertEquals(0, count(container, "SELECT COUNT(a) FROM Assessment a WHERE a.campaign IS NOT NULL"));

            Respondent unknown = now(container, AccessToken.newToken(), null);
            for (String malformed : new String[] {null, "", "abc", "x".repeat(500), "' OR 1=1 --", closed + "A"}) {
                assertEquals(unknown, now(container, malformed, null), "malformed and unknown are told apart by nothing");
            }
            assertEquals(LinkStatus.UNKNOWN, unknown.status());
            assertNull(unknown.asker());
            assertTrue(unknown.questionnaires().isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void answersSavedOnLeavingAPageAreThereWhenTheLinkIsOpenedAgain(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            String token = openCampaign(container, false);
            long id = container.get(ResponseService.class).consent(token, null).assessmentId();
            QuestionnairePages pages = new QuestionnairePages(MATURITY);

            container.get(ResponseService.class).savePage(token, null, id, answers(pages.page(1), 2), 2);
            Map<String, Integer> second = answers(pages.page(2), 5);
            second.remove(pages.page(2).get(0).id());
            container.get(ResponseService.class).savePage(token, null, id, second, 3);
            container.get(ResponseService.class).savePage(token, null, id, Map.of(pages.page(3).get(0).id(), 1), 2);

            Respondent resumed = now(container, token, null);
            assertEquals(2, resumed.page(), "Previous saves too, and the link resumes where the respondent was");
            assertEquals(id, resumed.assessmentId());
            assertEquals(10 + 9 + 1, resumed.answers().size());
            assertEquals(1, resumed.answers().get(pages.page(3).get(0).id()));
            assertEquals(20, resumed.answered(), "progress counts the questions answered");
            assertEquals(20 * 100 / resumed.questionnaire().items().size(), resumed.progress());
            assertTrue(resumed.skipped().contains(11));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAnswerOutsideTheResponseFormatRefusesThePage(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            String token = openCampaign(container, false);
            long id = container.get(ResponseService.class).consent(token, null).assessmentId();

            assertEquals("respond.invalid", assertThrows(Refusal.class, () -> container.inTransaction(
                    em -> container.get(ResponseService.class).savePage(token, null, id, Map.of("ma-1", 3, "ma-2", 6), 2))).key());

            Respondent after = now(container, token, null);
            assertTrue(after.answers().isEmpty());
            assertEquals(1, after.page());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void submittingTwiceOrFromAnOldPageChangesNothingAndTheLastSubmissionCutsTheInvitation(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            String token = openCampaign(container, false);
            container.get(ResponseService.class).consent(token, null);
            Respondent review = answerAll(container, token, null, 4);
            assertTrue(review.reviewing());
            long first = review.assessmentId();

            Respondent next = container.get(ResponseService.class).submit(token, null, first);
            container.get(ResponseService.class).submit(token, null, first);
            container.get(ResponseService.class).savePage(token, null, first, Map.of("ma-1", 1), 2);

            assertEquals(LinkStatus.ANSWERING, next.status());
            assertEquals(CLIMATE, next.questionnaire());
            assertEquals(1, next.current());
            assertEquals(2, count(container, "SELECT COUNT(a) FROM Assessment a"), "the second questionnaire is started once");
            assertEquals(Integer.valueOf(4), container.inTransaction(em -> em.find(Assessment.class, first).getAnswers().get("ma-1")));

            answerAll(container, token, null, 2);
            long second = now(container, token, null).assessmentId();
            Respondent done = container.get(ResponseService.class).submit(token, null, second);
            Respondent again = container.get(ResponseService.class).submit(token, null, second);

            assertEquals(LinkStatus.DONE, done.status());
            assertEquals(TODAY, done.date(), "the submission that completes the link tells its day");
            assertEquals(done.withDate(null), again, "a second submission changes nothing (and no day is stored to tell)");
            assertEquals(100, done.progress());
            assertEquals(LinkStatus.DONE, now(container, token, null).status());
            assertEquals(2, count(container, "SELECT COUNT(a) FROM Assessment a WHERE a.progress = org.concord.kernel.Progress.SUBMITTED"));
            assertEquals(0, count(container, "SELECT COUNT(a) FROM Assessment a WHERE a.invitation IS NOT NULL"),
                    "after the last questionnaire no answer references the invitation");
            assertEquals(2, count(container, "SELECT COUNT(a) FROM Assessment a WHERE a.consentedAt IS NULL"),
                    "campaign answers keep no time of consent");
            Assessment climate = container.inTransaction(em -> {
                Assessment found = em.find(Assessment.class, second);
                found.getScores().size();
                return found;
            });
            AssessmentService.score(CLIMATE, climate.getAnswers()).forEach((scale, expected) ->
                    assertEquals(expected.getScore(), climate.getScores().get(scale).getScore(), scale));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nothingIsSavedOnceTheCampaignHasClosed(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            String token = link(container, TODAY.minusDays(30), TODAY, false);
            long id = container.get(ResponseService.class).consent(token, null).assessmentId();
            container.clock(Clock.offset(CLOCK, java.time.Duration.ofDays(1)));

            Respondent shown = container.get(ResponseService.class).savePage(token, null, id, Map.of("ma-1", 3), 2);

            assertEquals(LinkStatus.CLOSED, shown.status());
            assertTrue(container.inTransaction(em -> em.find(Assessment.class, id).getAnswers()).isEmpty());
        }
    }
}
