package org.concord.results;

import static org.concord.campaign.HrFixture.BASE;
import static org.concord.campaign.HrFixture.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.concord.campaign.Answering;
import org.concord.campaign.CampaignService;
import org.concord.campaign.HrFixture;
import org.concord.campaign.InvitationService;
import org.concord.campaign.IssuedLink;
import org.concord.campaign.LinkMode;
import org.concord.kernel.Refusal;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.questionnaire.Item;
import org.concord.scoring.TeamResult;
import org.concord.scoring.TeamScale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TeamReportServiceTest {

    /** Member m answers item i with 1 + (m + i) % 5, shifted by {@code lift} (capped at 5) for a later wave. */
    private static void answerAll(Container container, List<IssuedLink> links, int lift) {
        for (int m = 0; m < links.size(); m++) {
            int member = m;
            Answering.submit(container, Answering.token(links.get(m).url()),
                    (Item item) -> Math.min(5, 1 + (member + item.id().hashCode() % 3 + 3) % 3 + lift));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeamSeesItsResultsFromTheEngineAndATeamOfTwoSeesNoNumber(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long big = HrFixture.team(container, "Support", "A <a@x.org>", "B <b@x.org>", "C <c@x.org>", "D <d@x.org>");
            long small = HrFixture.team(container, "Finance", "E <e@x.org>", "F <f@x.org>");
            long campaign = HrFixture.campaign(container, LinkMode.PERSONAL, List.of(big, small));
            List<IssuedLink> links = container.get(InvitationService.class).issue(campaign, BASE).links();
            answerAll(container, links, 0);
            HrFixture.close(container, campaign);

            TeamReport report = container.get(TeamReportService.class).report(campaign, big, Locale.ENGLISH, manager -> true)
                    .orElseThrow();
            CampaignResults results = container.get(CampaignResultsService.class).results(campaign)
                    .orElseThrow();
            assertTrue(report.anyShown());
            for (TeamReport.Section section : report.sections()) {
                WaveData data = results.questionnaire(section.questionnaireId()).orElseThrow();
                TeamResult expected = CampaignResults.team(data, String.valueOf(big)).orElseThrow();
                assertEquals(4, section.n());
                assertEquals(expected.scales().size(), section.scales().size());
                for (int s = 0; s < section.scales().size(); s++) {
                    TeamScale want = expected.scales().get(s);
                    TeamReport.ScaleRow got = section.scales().get(s);
                    assertEquals(want.mean(), got.mean(), 1e-12);
                    assertEquals(want.rwgj().available() ? want.rwgj().value() : null, got.rwgj());
                    assertEquals(data.questionnaire().scale(want.scale()).orElseThrow().bandOf(want.mean()).label().in("en"),
                            got.band());
                }
            }
            assertNotNull(report.quadrant());
            assertNotNull(report.recommendation());
            assertEquals(6, report.mechanisms().size());
            assertNull(report.previousWave());

            TeamReport hidden = container.get(TeamReportService.class).report(campaign, small, Locale.FRENCH, manager -> true)
                    .orElseThrow();
            assertFalse(hidden.anyShown());
            assertTrue(hidden.sections().stream().allMatch(s -> s.n() == 0 && s.scales().isEmpty()));
            assertNull(hidden.quadrant());
            assertTrue(hidden.mechanisms().isEmpty());
            assertNull(hidden.recommendation());

            Refusal refused = assertThrows(Refusal.class, () -> container.inTransaction(
                    em -> container.get(TeamReportService.class).report(campaign, big, Locale.ENGLISH, manager -> !"manon".equals(manager))));
            assertEquals("hr.results.notYourTeam", refused.key());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSecondWaveShowsTheChangeAndTheOrganisationViewHasNoTotal(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long big = HrFixture.team(container, "Support", "A <a@x.org>", "B <b@x.org>", "C <c@x.org>", "D <d@x.org>");
            long small = HrFixture.team(container, "Finance", "E <e@x.org>", "F <f@x.org>");
            long first = HrFixture.campaign(container, LinkMode.PERSONAL, List.of(big, small));
            answerAll(container, container.get(InvitationService.class).issue(first, BASE).links(), 0);
            long second = container.inTransaction(em -> {
                var next = container.get(CampaignService.class).followUp(first, "after team building",
                        LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 25), "hr");
                em.flush();
                return next.getId();
            });
            answerAll(container, container.get(InvitationService.class).issue(second, BASE).links(), 1);
            HrFixture.close(container, first);
            HrFixture.close(container, second);

            TeamReport report = container.get(TeamReportService.class).report(second, big, Locale.ENGLISH, m -> true)
                    .orElseThrow();
            assertEquals("before team building", report.previousWave());
            assertEquals(2, report.changes().size());
            TeamReport.ChangeRow row = report.changes().get(0).rows().get(0);
            assertTrue(row.after() > row.before(), "answers were lifted by one point");
            assertEquals(row.after() - row.before(), row.difference(), 1e-12);
            assertEquals(4, report.changes().get(0).nBefore());

            OrganisationReport organisation = container.inTransaction(
                    em -> container.get(OrganisationReportService.class)
                            .report(second, Locale.ENGLISH)).orElseThrow();
            OrganisationReport.Block block = organisation.questionnaires().get(0);
            assertEquals(List.of("Finance", "Support"), block.teams().stream().map(OrganisationReport.TeamLine::team).toList());
            assertFalse(block.teams().get(0).shown());
            assertTrue(block.teams().get(0).cells().isEmpty());
            assertEquals(block.scales().size(), block.teams().get(1).cells().size());
            assertEquals(block.scales().size(), block.quality().size());
            assertEquals(4, block.quality().get(0).respondents(), "Finance's two are in no organisation figure");
            assertEquals(1, block.quality().get(0).teams());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whenHrLeftFlaggedQuestionnairesOutTheTeamsResultsSaySoWithTheWavesCount(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long big = HrFixture.team(container, "Support", "A <a@x.org>", "B <b@x.org>", "C <c@x.org>", "D <d@x.org>", "E <e@x.org>");
            long campaign = HrFixture.campaign(container, LinkMode.PERSONAL, List.of(big));
            List<IssuedLink> links = container.get(InvitationService.class).issue(campaign, BASE).links();
            container.get(CampaignService.class).leaveOutFlagged(campaign, true, "hr");
            answerAll(container, links.subList(1, links.size()), 0);
            Answering.submit(container, Answering.token(links.get(0).url()), (Item item) -> 3);
            HrFixture.close(container, campaign);

            TeamReport report = container.get(TeamReportService.class).report(campaign, big, Locale.ENGLISH, manager -> true)
                    .orElseThrow();
            CampaignResults results = container.get(CampaignResultsService.class).results(campaign)
                    .orElseThrow();
            int leftOut = results.questionnaires().stream().mapToInt(WaveData::flagged).sum();
            assertTrue(leftOut >= results.questionnaires().size(), "the all-3 member is flagged on every questionnaire");
            assertTrue(results.questionnaires().stream().allMatch(WaveData::flaggedLeftOut));
            assertEquals(leftOut, report.flaggedLeftOut());
        }
    }
}
