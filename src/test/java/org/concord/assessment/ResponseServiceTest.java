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

    /** Answers every page of every questionnaire left with {@code value} and goes to the review of all. */
    private static Respondent answerAll(Container container, String token, String visitor, int value) {
        Respondent now = now(container, token, visitor);
        while (now.status() == LinkStatus.ANSWERING && !now.reviewing()) {
            now = container.get(ResponseService.class).savePage(token, visitor, now.assessmentId(), answers(now.items(), value), now.page() + 1);
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
            assertEquals(20 * 100 / (MATURITY.items().size() + CLIMATE.items().size()), resumed.progress(),
                    "progress runs across both questionnaires");
            assertTrue(resumed.reviews().get(0).skipped().contains(11));
            assertEquals(CLIMATE.items().size(), resumed.reviews().get(1).skipped().size());
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
    void aCampaignsQuestionnairesAreOneFlowOfPagesWithOneReview(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            String token = openCampaign(container, false);
            Respondent now = container.get(ResponseService.class).consent(token, null);
            int maturityPages = new QuestionnairePages(MATURITY).count();
            while (now.questionnaire().equals(MATURITY)) {
                assertEquals(1, count(container, "SELECT COUNT(a) FROM Assessment a"), "the second questionnaire waits for the first's pages");
                now = container.get(ResponseService.class).savePage(token, null, now.assessmentId(), answers(now.items(), 3), now.page() + 1);
            }
            assertEquals(CLIMATE, now.questionnaire(), "past the first questionnaire's last page comes the second's first");
            assertEquals(1, now.page());
            assertEquals(1, now.current());
            assertFalse(now.reviewing());
            assertEquals(2, count(container, "SELECT COUNT(a) FROM Assessment a"));
            assertEquals(MATURITY.items().size(), now.answered(), "progress counts across both");

            Respondent back = container.get(ResponseService.class).savePage(token, null, now.assessmentId(), Map.of(), 0);
            assertEquals(MATURITY, back.questionnaire(), "back from the second's first page is the first's last page");
            assertEquals(maturityPages, back.page());
            Respondent again = container.get(ResponseService.class).savePage(token, null, back.assessmentId(), Map.of(), back.page() + 1);
            assertEquals(CLIMATE, again.questionnaire());
            assertEquals(1, again.page());
            assertEquals(2, count(container, "SELECT COUNT(a) FROM Assessment a"), "nothing is started twice");

            Respondent review = answerAll(container, token, null, 4);
            assertTrue(review.reviewing());
            assertEquals(List.of(MATURITY, CLIMATE), review.reviews().stream().map(Respondent.Review::questionnaire).toList());
            assertTrue(review.reviews().stream().allMatch(r -> r.skipped().isEmpty()));
            assertEquals(100, review.progress());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oneSubmissionStoresBothQuestionnairesOnceAndCutsTheInvitation(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            String token = openCampaign(container, false);
            long first = container.get(ResponseService.class).consent(token, null).assessmentId();
            Respondent review = answerAll(container, token, null, 4);
            assertTrue(review.reviewing());
            long second = review.assessmentId();
            assertNotEquals(first, second);

            Respondent ignored = container.get(ResponseService.class).submit(token, null, first);
            assertEquals(LinkStatus.ANSWERING, ignored.status(), "a submission aimed at anything but the review is ignored");
            Respondent done = container.get(ResponseService.class).submit(token, null, second);
            Respondent again = container.get(ResponseService.class).submit(token, null, second);
            container.get(ResponseService.class).savePage(token, null, second, Map.of(CLIMATE.items().get(0).id(), 1), 2);

            assertEquals(LinkStatus.DONE, done.status());
            assertEquals(TODAY, done.date(), "the submission that completes the link tells its day");
            assertEquals(done.withDate(null), again, "a second submission changes nothing (and no day is stored to tell)");
            assertEquals(100, done.progress());
            assertEquals(LinkStatus.DONE, now(container, token, null).status());
            assertEquals(2, count(container, "SELECT COUNT(a) FROM Assessment a"));
            assertEquals(2, count(container, "SELECT COUNT(a) FROM Assessment a WHERE a.progress = org.concord.kernel.Progress.SUBMITTED"));
            assertEquals(0, count(container, "SELECT COUNT(a) FROM Assessment a WHERE a.invitation IS NOT NULL"),
                    "after the submission no answer references the invitation");
            assertEquals(2, count(container, "SELECT COUNT(a) FROM Assessment a WHERE a.consentedAt IS NULL"),
                    "campaign answers keep no time of consent");
            for (var expected : Map.of(first, MATURITY, second, CLIMATE).entrySet()) {
                Assessment stored = container.inTransaction(em -> {
                    Assessment found = em.find(Assessment.class, expected.getKey());
                    found.getScores().size();
                    found.getAnswers().size();
                    return found;
                });
                assertEquals(expected.getValue().items().size(), stored.getAnswers().size());
                assertEquals(4, stored.getAnswers().values().iterator().next());
                AssessmentService.score(expected.getValue(), stored.getAnswers()).forEach((scale, score) ->
                        assertEquals(score.getScore(), stored.getScores().get(scale).getScore(), scale));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whenTheSecondQuestionnaireIsRefusedNeitherIsStored(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            String token = openCampaign(container, false);
            Respondent now = container.get(ResponseService.class).consent(token, null);
            while (!now.reviewing()) {
                Map<String, Integer> page = now.questionnaire().equals(MATURITY) ? answers(now.items(), 3) : Map.of();
                now = container.get(ResponseService.class).savePage(token, null, now.assessmentId(), page, now.page() + 1);
            }
            long second = now.assessmentId();

            assertEquals("respond.blank", assertThrows(Refusal.class,
                    () -> container.get(ResponseService.class).submit(token, null, second)).key());

            assertEquals(0, count(container, "SELECT COUNT(a) FROM Assessment a WHERE a.progress = org.concord.kernel.Progress.SUBMITTED"),
                    "the first questionnaire, submitted before the second was refused, is not stored either");
            int scores = container.inTransaction(em -> em.createQuery("SELECT a FROM Assessment a", Assessment.class).getResultList()
                    .stream().mapToInt(a -> a.getScores().size()).sum());
            assertEquals(0, scores, "no score is kept");
            assertEquals(2, count(container, "SELECT COUNT(a) FROM Assessment a WHERE a.invitation IS NOT NULL"));
            Respondent after = now(container, token, null);
            assertEquals(LinkStatus.ANSWERING, after.status());
            assertTrue(after.reviewing());
            assertEquals(MATURITY.items().size(), after.answered(), "the answers stay, to be completed");
            assertEquals(Progress.STARTED, container.inTransaction(
                    em -> em.createQuery("SELECT i FROM Invitation i", Invitation.class).getSingleResult()).getProgress());
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
