package org.concord.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.concord.campaign.Campaign;
import org.concord.campaign.Invitation;
import org.concord.campaign.InvitationService;
import org.concord.campaign.LinkMode;
import org.concord.campaign.Team;
import org.concord.campaign.TeamCompletion;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.kernel.AccessToken;
import org.concord.kernel.Refusal;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.results.CampaignResultsService;
import org.concord.results.WaveData;
import org.concord.security.AuditTrail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Paper questionnaires imported into a campaign wave, on H2 and on PostgreSQL: a good file is
 * kept whole as anonymous, scored answers that count in the completion, the team's cap and
 * (once the wave closes) its results; every kind of bad file is refused whole with its line
 * and column, keeping nothing.
 */
class PaperAnswerServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Catalog CATALOG = QuestionnaireLoader.loadFolder(Path.of("questionnaires"));
    private static final Questionnaire MATURITY = CATALOG.latest("coordination-maturity").orElseThrow();
    private static final Questionnaire CLIMATE = CATALOG.latest("team-cooperation-climate").orElseThrow();

    /** The ids of the wave, its shared link's token, in a team "Logistics" of {@code headcount} people. */
    private record Wave(long campaign, String sharedToken) {
    }

    private static Wave wave(Container container, LocalDate opens, LocalDate closes, int headcount) {
        String token = AccessToken.newToken();
        long id = container.inTransaction(em -> {
            Team team = new Team("Logistics", "Operations", "manon", CLOCK.instant());
            team.setHeadcount(headcount);
            em.persist(team);
            Team other = new Team("Sales", "Commerce", "manon", CLOCK.instant());
            other.setHeadcount(10);
            em.persist(other);
            Campaign campaign = new Campaign("Autumn review", "before", opens, closes, 3, LinkMode.SHARED, "hr", CLOCK.instant());
            campaign.addTeam(team);
            campaign.addTeam(other);
            campaign.addInstrument(CLIMATE.id(), CLIMATE.version());
            campaign.addInstrument(MATURITY.id(), MATURITY.version());
            em.persist(campaign);
            em.persist(Invitation.sharedLink(campaign, team, AccessToken.hash(token), CLOCK.instant()));
            em.flush();
            return campaign.getId();
        });
        return new Wave(id, token);
    }

    private static Wave openWave(Container container, int headcount) {
        return wave(container, TODAY.minusDays(5), TODAY.plusDays(5), headcount);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static long count(Container container, String jpql) {
        return container.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    private static final String GOOD = """
            team,vh-1,vh-2,sg-1,ma-1,ma-2
            Logistics,4,5,3,2,
            logistics,3,,4,,
            Sales,,,,1,5
            Logistics,2,2,2,,
            """;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aGoodFileIsKeptAsAnonymousScoredAnswersThatCountEverywhere(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            Wave wave = openWave(container, 5);

            PaperImport kept = container.get(PaperAnswerService.class).importAnswers(wave.campaign(), csv(GOOD), "hr");

            assertEquals(4, kept.questionnaires());
            assertEquals(Map.of("Logistics", 3, "Sales", 1), kept.perTeam());
            // line 2 answers both questionnaires, lines 3 and 5 the climate only, line 4 the maturity only
            assertEquals(3, count(container, "SELECT COUNT(a) FROM Assessment a WHERE a.questionnaireId = 'team-cooperation-climate'"));
            assertEquals(2, count(container, "SELECT COUNT(a) FROM Assessment a WHERE a.questionnaireId = 'coordination-maturity'"));
            container.inTransaction(em -> {
                for (Assessment a : em.createQuery("SELECT a FROM Assessment a", Assessment.class).getResultList()) {
                    assertTrue(a.isSubmitted());
                    assertNull(a.getInvitation());
                    assertNull(a.getStartedAt());
                    assertNull(a.getSubmittedOn());
                    assertNull(a.getSubmittedAt());
                    assertEquals(wave.campaign(), a.getCampaign().getId());
                    assertTrue(!a.getScores().isEmpty(), "scored as online answers are");
                    assertEquals(org.concord.scoring.ScoringVersion.CURRENT, a.getScoringVersion());
                }
                return null;
            });
            assertEquals(1, container.get(AuditTrail.class).entriesFor("campaign.paper-imported").size());
            assertEquals("4 paper questionnaires", container.get(AuditTrail.class).entriesFor("campaign.paper-imported").get(0).getDetail());

            List<TeamCompletion> completion = container.get(InvitationService.class).completion(wave.campaign());
            assertEquals(3, completion.stream().filter(c -> c.team().equals("Logistics")).findFirst().orElseThrow().submitted());

            assertEquals(0, climate(container, wave).published().teams().stream().mapToInt(t -> t.n()).sum(),
                    "nothing is shown while the wave is open");
            container.clock(Clock.fixed(Instant.parse("2026-12-02T09:30:00Z"), ZoneOffset.UTC));
            WaveData closed = climate(container, wave);
            assertEquals(3, closed.shown(closed.teamIds().get(0)).orElseThrow().n(), "the three climate answers count once closed");
        }
    }

    private static WaveData climate(Container container, Wave wave) {
        return container.get(CampaignResultsService.class).results(wave.campaign()).orElseThrow()
                .questionnaire(CLIMATE.id()).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void paperAnswersTakeTheSharedLinksPlacesAndTheCapCountsBoth(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            Wave wave = openWave(container, 3);
            PaperAnswerService paper = container.get(PaperAnswerService.class);
            paper.importAnswers(wave.campaign(), csv("team,vh-1\nLogistics,4\nLogistics,5\n"), "hr");

            Refusal over = assertThrows(Refusal.class,
                    () -> paper.importAnswers(wave.campaign(), csv("team,vh-1\nSales,3\nLogistics,4\nLogistics,2\n"), "hr"));
            assertEquals("hr.paper.tooMany", over.reasons().get(0).key());
            assertEquals(List.of("4", "1", "Logistics", "3"), over.reasons().get(0).arguments());
            assertEquals(2, count(container, "SELECT COUNT(a) FROM Assessment a"), "the refused file kept nothing, Sales's line neither");

            paper.importAnswers(wave.campaign(), csv("team,vh-1\nLogistics,1\n"), "hr");
            assertEquals(LinkStatus.TEAM_COMPLETE, container.get(ResponseService.class).open(wave.sharedToken(), null).status(),
                    "the shared link takes no visitor once paper filled the team");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aBadCellRefusesTheWholeFileNamingItsLineAndColumn(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            Wave wave = openWave(container, 5);
            Map<String, List<Object>> bad = new java.util.LinkedHashMap<>();
            String ok = "Logistics,4,5\n";
            bad.put("team,vh-1,xx-9\n" + ok, List.of("hr.paper.unknownItem", "1", "3", "xx-9"));
            bad.put("team,vh-1,vh-1\n" + ok, List.of("hr.paper.duplicateItem", "1", "3", "vh-1"));
            bad.put("team\nLogistics\n", List.of("hr.paper.noItems", "1"));
            bad.put("team,vh-1,vh-2\n" + ok + "Logistics,4,6\n", List.of("hr.paper.answer", "3", "3", "vh-2", "6", "1", "5"));
            bad.put("team,vh-1,vh-2\n" + ok + "Logistics,four,2\n", List.of("hr.paper.answer", "3", "2", "vh-1", "four", "1", "5"));
            bad.put("team,vh-1,vh-2\n" + ok + "Logistics,0,2\n", List.of("hr.paper.answer", "3", "2", "vh-1", "0", "1", "5"));
            bad.put("team,vh-1,vh-2\n" + ok + "Marketing,3,2\n", List.of("hr.paper.unknownTeam", "3", "1", "team", "Marketing"));
            bad.put("team,vh-1,vh-2\n" + ok + ",3,2\n", List.of("hr.paper.noTeam", "3", "1", "team"));
            bad.put("team,vh-1,vh-2\n" + ok + "Sales,,\n", List.of("hr.paper.blank", "3"));
            bad.put("team,vh-1,vh-2\n" + ok + "Sales,3\n", List.of("hr.paper.columns", "3", "2", "3"));
            bad.put("team,vh-1,vh-2\n", List.of("hr.paper.empty"));
            bad.put("team,vh-1,vh-2\n" + ok + "Sales,\"3,2\n", List.of("hr.csv.syntax", "3", "2"));
            PaperAnswerService paper = container.get(PaperAnswerService.class);
            bad.forEach((file, expected) -> {
                Refusal refusal = assertThrows(Refusal.class, () -> paper.importAnswers(wave.campaign(), csv(file), "hr"), file);
                assertEquals(expected.get(0), refusal.reasons().get(0).key(), file);
                assertEquals(expected.subList(1, expected.size()), refusal.reasons().get(0).arguments().stream()
                        .map(String::valueOf).toList(), file);
                assertEquals("paper-file", refusal.field(), file);
                assertEquals(Refusal.Kind.INVALID, refusal.kind(), file);
            });
            Refusal encoding = assertThrows(Refusal.class,
                    () -> paper.importAnswers(wave.campaign(), new byte[] {'t', (byte) 0xC3, '\n'}, "hr"));
            assertEquals("hr.csv.encoding", encoding.reasons().get(0).key());
            assertEquals(0, count(container, "SELECT COUNT(a) FROM Assessment a"));
            assertEquals(0, count(container, "SELECT COUNT(p) FROM PaperTally p"));
            assertEquals(0, container.get(AuditTrail.class).entriesFor("campaign.paper-imported").size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyAnOpenWaveTakesPaperAnswers(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            PaperAnswerService paper = container.get(PaperAnswerService.class);
            Wave early = wave(container, TODAY.plusDays(1), TODAY.plusDays(9), 5);
            Refusal notOpen = assertThrows(Refusal.class, () -> paper.importAnswers(early.campaign(), csv(GOOD), "hr"));
            assertEquals("hr.paper.notOpen", notOpen.reasons().get(0).key());
            assertEquals(Refusal.Kind.CONFLICT, notOpen.kind());

            Wave late = closedWave(container);
            Refusal closed = assertThrows(Refusal.class, () -> paper.importAnswers(late.campaign(), csv(GOOD), "hr"));
            assertEquals("hr.paper.closed", closed.reasons().get(0).key());
            assertEquals(Refusal.Kind.CONFLICT, closed.kind());

            Refusal none = assertThrows(Refusal.class, () -> paper.importAnswers(999_999L, csv(GOOD), "hr"));
            assertEquals(Refusal.Kind.NOT_FOUND, none.kind());
            assertEquals(0, count(container, "SELECT COUNT(a) FROM Assessment a"));
        }
    }

    private static Wave closedWave(Container container) {
        long id = container.inTransaction(em -> {
            Team team = new Team("Finance", "Support", "manon", CLOCK.instant());
            team.setHeadcount(5);
            em.persist(team);
            Campaign campaign = new Campaign("Spring review", "before", TODAY.minusDays(20), TODAY.minusDays(1), 3,
                    LinkMode.SHARED, "hr", CLOCK.instant());
            campaign.addTeam(team);
            campaign.addInstrument(CLIMATE.id(), CLIMATE.version());
            em.persist(campaign);
            em.flush();
            return campaign.getId();
        });
        return new Wave(id, null);
    }
}
