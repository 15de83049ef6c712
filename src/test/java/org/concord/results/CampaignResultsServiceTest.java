package org.concord.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.concord.kernel.AccessToken;
import org.concord.assessment.Assessment;
import org.concord.assessment.AssessmentService;
import org.concord.campaign.Campaign;
import org.concord.campaign.Invitation;
import org.concord.campaign.LinkMode;
import org.concord.campaign.Team;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.scoring.Disclosure;
import org.concord.scoring.Respondent;
import org.concord.scoring.ScoringPlan;
import org.concord.scoring.TeamResult;
import org.concord.scoring.WaveResults;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CampaignResultsServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);
    /** After the campaigns here closed: their results are released. */
    private static final Clock CLOSED = Clock.fixed(Instant.parse("2026-12-02T09:30:00Z"), ZoneOffset.UTC);
    private static final Catalog CATALOG = QuestionnaireLoader.loadFolder(Path.of("questionnaires"));
    private static final Questionnaire MATURITY = CATALOG.latest("coordination-maturity").orElseThrow();

    /** A campaign of {@code teams} teams of the given sizes, each member answering at random. */
    private static long campaign(Container container, int[] sizes, long seed, List<Respondent> answered) {
        Random random = new Random(seed);
        ScoringPlan plan = ScoringPlan.of(MATURITY);
        return container.inTransaction(em -> {
            Campaign campaign = new Campaign("Review", "before", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1),
                    3, LinkMode.SHARED, "hr", CLOCK.instant());
            campaign.addInstrument(MATURITY.id(), MATURITY.version());
            em.persist(campaign);
            AssessmentService service = container.get(AssessmentService.class);
            for (int t = 0; t < sizes.length; t++) {
                Team team = new Team("Team " + (char) ('A' + t % 26) + t, null, null, CLOCK.instant());
                team.setHeadcount(sizes[t] + 2);
                em.persist(team);
                campaign.addTeam(team);
                Invitation link = Invitation.sharedLink(campaign, team, AccessToken.hash(AccessToken.newToken()), CLOCK.instant());
                em.persist(link);
                for (int m = 0; m < sizes[t]; m++) {
                    Invitation visit = Invitation.visitOf(link, AccessToken.hash(AccessToken.newToken()), CLOCK.instant());
                    em.persist(visit);
                    Assessment assessment = Assessment.inCampaign(MATURITY, visit, CLOCK.instant());
                    int lean = random.nextInt(3);
                    Map<String, Integer> answers = new HashMap<>();
                    for (Item item : MATURITY.items()) {
                        if (random.nextInt(20) > 0) {
                            answers.put(item.id(), Math.min(5, 1 + lean + random.nextInt(3)));
                        }
                    }
                    assessment.answerPage(MATURITY, answers, 4);
                    assessment.submit(AssessmentService.score(MATURITY, answers), "1", CLOCK.instant());
                    em.persist(assessment);
                    em.flush();
                    answered.add(new Respondent(assessment.getId().toString(), team.getId().toString(),
                            new org.concord.scoring.RespondentScorer(plan).answers(answers)));
                }
            }
            em.flush();
            return campaign.getId();
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theResultsAreTheScoringEnginesForTheStoredAnswers(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            List<Respondent> answered = new ArrayList<>();
            long id = campaign(container, new int[] {5, 4, 2}, 7, answered);

            container.clock(CLOSED);
            CampaignResults results = container.get(CampaignResultsService.class).results(id).orElseThrow();

            WaveResults engine = WaveResults.of(ScoringPlan.of(MATURITY), answered, new Disclosure(3));
            WaveData actual = results.questionnaire(MATURITY.id()).orElseThrow();
            assertEquals(engine.teams().size(), actual.published().teams().size());
            List<double[]> shownScores = new ArrayList<>();
            for (int t = 0; t < engine.teams().size(); t++) {
                TeamResult want = engine.teams().get(t);
                TeamResult got = actual.published().teams().get(t);
                assertEquals(want.team(), got.team());
                assertEquals(want.shown(), got.shown());
                if (!got.shown()) {
                    assertEquals(0, got.n(), "a withheld team's n is withheld too");
                    continue;
                }
                assertEquals(want.n(), got.n());
                for (int s = 0; s < want.scales().size(); s++) {
                    assertEquals(want.scales().get(s).mean(), got.scales().get(s).mean(), 1e-12);
                }
            }
            for (int t = 0; t < engine.teams().size(); t++) {
                if (engine.teams().get(t).shown()) {
                    String team = engine.teams().get(t).team();
                    shownScores.add(java.util.stream.IntStream.range(0, answered.size())
                            .filter(r -> team.equals(answered.get(r).team()) && !Double.isNaN(engine.scores()[r][0]))
                            .mapToDouble(r -> engine.scores()[r][0]).toArray());
                }
            }
            assertEquals(org.concord.scoring.Icc.of(shownScores).icc1().orElse(-9),
                    actual.published().scales().get(0).icc().icc1().orElse(-9), 1e-12, "ICC over the shown teams only");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whileTheWaveIsOpenNothingIsPublished(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long id = campaign(container, new int[] {5, 4}, 7, new ArrayList<>());

            CampaignResults results = container.get(CampaignResultsService.class).results(id)
                    .orElseThrow();

            assertFalse(results.released());
            WaveData data = results.questionnaire(MATURITY.id()).orElseThrow();
            assertTrue(data.published().teams().stream().allMatch(t -> t.suppressed() == org.concord.scoring.Suppression.WAVE_OPEN
                    && t.n() == 0 && t.scales().isEmpty()));
            assertTrue(data.published().figures().isEmpty());
            assertTrue(data.published().scales().stream().noneMatch(s -> s.alpha().available() || s.icc().icc1().available()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeamOfTwoIsSuppressedAndCarriesNoNumbers(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            List<Respondent> answered = new ArrayList<>();
            long id = campaign(container, new int[] {5, 4, 2}, 11, answered);

            container.clock(CLOSED);
            WaveData data = container.get(CampaignResultsService.class).results(id)
                    .orElseThrow().questionnaire(MATURITY.id()).orElseThrow();

            List<TeamResult> shown = data.published().teams().stream().filter(TeamResult::shown).toList();
            List<TeamResult> hidden = data.published().teams().stream().filter(t -> !t.shown()).toList();
            assertFalse(hidden.isEmpty());
            assertTrue(hidden.stream().allMatch(t -> t.n() == 0), "a withheld team's n is withheld too");
            assertTrue(hidden.stream().allMatch(t -> t.scales().stream().noneMatch(s -> s.shown())));
            assertTrue(shown.stream().allMatch(t -> t.n() >= 3));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void fiftyTeamsOfTwentyAreReadInABoundedNumberOfQueries(TestDatabase database) {
        AtomicInteger statements = new AtomicInteger();
        DataSource counted = counting(database.fresh(), statements);
        try (Container container = new Container(counted, CLOCK)) {
            int[] sizes = new int[50];
            java.util.Arrays.fill(sizes, 20);
            long id = campaign(container, sizes, 3, new ArrayList<>());
            statements.set(0);

            container.clock(CLOSED);
            CampaignResults results = container.get(CampaignResultsService.class).results(id).orElseThrow();

            assertEquals(50, results.questionnaire(MATURITY.id()).orElseThrow().published().teams().size());
            assertTrue(statements.get() <= 10, "statements: " + statements.get());
        }
    }

    private static DataSource counting(DataSource target, AtomicInteger statements) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(target, args);
                    if (result instanceof Connection connection) {
                        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                                (p, m, a) -> {
                                    if (m.getName().startsWith("prepare") || m.getName().equals("createStatement")) {
                                        statements.incrementAndGet();
                                    }
                                    return m.invoke(connection, a);
                                });
                    }
                    return result;
                });
    }

    /** One more respondent in the campaign's first team who answered every item 3 (a run over all items: flagged). */
    private static void flatRespondent(Container container, long campaignId, List<Respondent> answered) {
        container.inTransaction(em -> {
            Campaign campaign = em.find(Campaign.class, campaignId);
            Team team = campaign.getTeams().get(0);
            Invitation link = Invitation.sharedLink(campaign, team, AccessToken.hash(AccessToken.newToken()), CLOCK.instant());
            em.persist(link);
            Invitation visit = Invitation.visitOf(link, AccessToken.hash(AccessToken.newToken()), CLOCK.instant());
            em.persist(visit);
            Assessment assessment = Assessment.inCampaign(MATURITY, visit, CLOCK.instant());
            Map<String, Integer> threes = new HashMap<>();
            MATURITY.items().forEach(item -> threes.put(item.id(), 3));
            assessment.answerPage(MATURITY, threes, 4);
            assessment.submit(AssessmentService.score(MATURITY, threes), "1", CLOCK.instant());
            em.persist(assessment);
            em.flush();
            answered.add(new Respondent(assessment.getId().toString(), team.getId().toString(),
                    new org.concord.scoring.RespondentScorer(ScoringPlan.of(MATURITY)).answers(threes)));
            return null;
        });
    }

    private static int flaggedByTheEngine(List<Respondent> answered, List<Respondent> unflagged) {
        ScoringPlan plan = ScoringPlan.of(MATURITY);
        org.concord.scoring.QualityIndices indices = org.concord.scoring.QualityIndices.of(plan,
                answered.stream().map(Respondent::answers).toList());
        int flagged = 0;
        for (Respondent respondent : answered) {
            if (org.concord.scoring.Review.of(indices, respondent.answers(), null).flagged()) {
                flagged++;
            } else {
                unflagged.add(respondent);
            }
        }
        return flagged;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aClosedWaveCountsItsFlaggedQuestionnairesAndKeepsThemUnlessHrLeftThemOut(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            List<Respondent> answered = new ArrayList<>();
            long id = campaign(container, new int[] {5, 4}, 7, answered);
            flatRespondent(container, id, answered);
            List<Respondent> unflagged = new ArrayList<>();
            int flagged = flaggedByTheEngine(answered, unflagged);
            assertTrue(flagged >= 1, "the flat respondent is flagged");

            WaveData open = container.get(CampaignResultsService.class).results(id)
                    .orElseThrow().questionnaire(MATURITY.id()).orElseThrow();
            assertEquals(0, open.flagged(), "nothing is counted while the wave is open");

            container.clock(CLOSED);
            WaveData kept = container.get(CampaignResultsService.class).results(id)
                    .orElseThrow().questionnaire(MATURITY.id()).orElseThrow();
            assertEquals(flagged, kept.flagged());
            assertFalse(kept.flaggedLeftOut());
            assertEquals(6, kept.published().teams().get(0).n(), "the flagged questionnaire is in the team's numbers");

            container.clock(CLOCK);
            container.get(org.concord.campaign.CampaignService.class).leaveOutFlagged(id, true, "hr");
            container.clock(CLOSED);
            WaveData leftOut = container.get(CampaignResultsService.class).results(id)
                    .orElseThrow().questionnaire(MATURITY.id()).orElseThrow();
            assertEquals(flagged, leftOut.flagged());
            assertTrue(leftOut.flaggedLeftOut());
            WaveResults engine = WaveResults.of(ScoringPlan.of(MATURITY), unflagged, new Disclosure(3));
            for (int t = 0; t < engine.teams().size(); t++) {
                assertEquals(engine.teams().get(t).n(), leftOut.published().teams().get(t).n());
                for (int s = 0; s < engine.teams().get(t).scales().size(); s++) {
                    assertEquals(engine.teams().get(t).scales().get(s).mean(), leftOut.published().teams().get(t).scales().get(s).mean(), 1e-12);
                }
            }
            assertThrows(org.concord.kernel.Refusal.class, () ->
                    container.get(org.concord.campaign.CampaignService.class).leaveOutFlagged(id, false, "hr"), "fixed once closed");
        }
    }
}
