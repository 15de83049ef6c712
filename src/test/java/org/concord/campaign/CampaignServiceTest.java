package org.concord.campaign;

import static org.concord.campaign.HrFixture.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.concord.kernel.Refusal;
import org.concord.kernel.Page;
import org.concord.kernel.PageRequest;

class CampaignServiceTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCampaignTakesTeamsAndTeamQuestionnairesAndItsFollowUpCopiesThem(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long a = HrFixture.team(container, "Support", "Ada <ada@example.org>");
            long b = HrFixture.team(container, "Logistics", "Bob <bob@example.org>");
            long id = HrFixture.campaign(container, LinkMode.PERSONAL, List.of(a, b));

            CampaignForm wrong = HrFixture.form(LinkMode.PERSONAL, List.of(a));
            wrong.setInstruments(List.of("cooperativeness.v1"));
            assertEquals("hr.campaign.instrument",
                    assertThrows(Refusal.class, () -> container.get(CampaignService.class).create(wrong, "hr")).key());
            CampaignForm lowThreshold = HrFixture.form(LinkMode.PERSONAL, List.of(a));
            lowThreshold.setMinGroupSize(2);
            Refusal low = assertThrows(Refusal.class, () -> container.get(CampaignService.class).create(lowThreshold, "hr"));
            assertEquals("hr.campaign.thresholdTooLow", low.key());
            assertEquals("threshold", low.field());
            assertEquals("hr.campaign.noTeam", assertThrows(Refusal.class, () -> container.inTransaction(
                    em -> container.get(CampaignService.class).create(HrFixture.form(LinkMode.SHARED, List.of()), "hr"))).key());

            long next = container.inTransaction(em -> {
                Campaign followUp = container.get(CampaignService.class).followUp(id, "after team building", LocalDate.of(2027, 2, 1),
                        LocalDate.of(2027, 2, 20), "hr.user");
                em.flush();
                return followUp.getId();
            });
            Campaign followUp = container.get(CampaignService.class).find(next).orElseThrow();
            assertEquals(id, followUp.getPreviousWave().getId());
            assertEquals("after team building", followUp.getWaveLabel());
            assertEquals(List.of("Logistics", "Support"), followUp.getTeams().stream().map(Team::getName).toList());
            assertEquals(2, followUp.getInstruments().size());

            Page<CampaignRow> rows = container.get(CampaignService.class).page(PageRequest.of(0, 10));
            assertEquals(2, rows.total());
            assertEquals(next, rows.rows().get(0).id(), "newest first");
            assertTrue(rows.rows().get(0).followUp());
            assertEquals(2, rows.rows().get(0).teams());
            assertEquals(1, container.get(CampaignService.class)
                    .page(new PageRequest(0, 10, "waveLabel", true, Map.of("waveLabel", "AFTER"))).total());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onceLinksExistTheModeAndQuestionnairesStayAndNoTeamLeaves(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long a = HrFixture.team(container, "Support", "Ada <ada@example.org>");
            long b = HrFixture.team(container, "Logistics", "Bob <bob@example.org>");
            long id = HrFixture.campaign(container, LinkMode.PERSONAL, List.of(a));
            CampaignForm before = HrFixture.form(LinkMode.SHARED, List.of(a));
            container.get(CampaignService.class).update(id, before);
            container.get(InvitationService.class).issue(id, HrFixture.BASE);

            CampaignForm mode = HrFixture.form(LinkMode.PERSONAL, List.of(a));
            assertEquals("hr.campaign.locked",
                    assertThrows(Refusal.class, () -> container.get(CampaignService.class).update(id, mode)).key());
            CampaignForm teamGone = HrFixture.form(LinkMode.SHARED, List.of(b));
            assertEquals("hr.campaign.locked",
                    assertThrows(Refusal.class, () -> container.get(CampaignService.class).update(id, teamGone)).key());

            CampaignForm allowed = HrFixture.form(LinkMode.SHARED, List.of(a, b));
            allowed.setName("Autumn review 2026");
            allowed.setMinGroupSize(5);
            container.get(CampaignService.class).update(id, allowed);
            Campaign campaign = container.get(CampaignService.class).find(id).orElseThrow();
            assertEquals("Autumn review 2026", campaign.getName());
            assertEquals(5, campaign.getMinGroupSize());
            assertEquals(2, campaign.getTeams().size());
        }
    }
}
