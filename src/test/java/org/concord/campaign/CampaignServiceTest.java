package org.concord.campaign;

import static org.concord.campaign.HrFixture.CATALOG;
import static org.concord.campaign.HrFixture.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.concord.database.Jpa;
import org.concord.database.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.concord.kernel.Refusal;
import org.concord.kernel.Page;
import org.concord.kernel.PageRequest;

class CampaignServiceTest {

    private static CampaignService service(jakarta.persistence.EntityManager em) {
        return new CampaignService(em, CATALOG::find, CLOCK);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCampaignTakesTeamsAndTeamQuestionnairesAndItsFollowUpCopiesThem(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long a = HrFixture.team(jpa, "Support", "Ada <ada@example.org>");
            long b = HrFixture.team(jpa, "Logistics", "Bob <bob@example.org>");
            long id = HrFixture.campaign(jpa, LinkMode.PERSONAL, List.of(a, b));

            CampaignForm wrong = HrFixture.form(LinkMode.PERSONAL, List.of(a));
            wrong.setInstruments(List.of("cooperativeness.v1"));
            assertEquals("hr.campaign.instrument",
                    assertThrows(Refusal.class, () -> jpa.inTransaction(em -> service(em).create(wrong, "hr"))).key());
            CampaignForm lowThreshold = HrFixture.form(LinkMode.PERSONAL, List.of(a));
            lowThreshold.setMinGroupSize(2);
            Refusal low = assertThrows(Refusal.class, () -> jpa.inTransaction(em -> service(em).create(lowThreshold, "hr")));
            assertEquals("hr.campaign.thresholdTooLow", low.key());
            assertEquals("threshold", low.field());
            assertEquals("hr.campaign.noTeam", assertThrows(Refusal.class, () -> jpa.inTransaction(
                    em -> service(em).create(HrFixture.form(LinkMode.SHARED, List.of()), "hr"))).key());

            long next = jpa.inTransaction(em -> {
                Campaign followUp = service(em).followUp(id, "after team building", LocalDate.of(2027, 2, 1),
                        LocalDate.of(2027, 2, 20), "hr.user");
                em.flush();
                return followUp.getId();
            });
            jpa.inTransaction(em -> {
                Campaign followUp = service(em).find(next).orElseThrow();
                assertEquals(id, followUp.getPreviousWave().getId());
                assertEquals("after team building", followUp.getWaveLabel());
                assertEquals(List.of("Logistics", "Support"), followUp.getTeams().stream().map(Team::getName).toList());
                assertEquals(2, followUp.getInstruments().size());
                return null;
            });

            Page<CampaignRow> rows = jpa.inTransaction(em -> service(em).page(PageRequest.of(0, 10)));
            assertEquals(2, rows.total());
            assertEquals(next, rows.rows().get(0).id(), "newest first");
            assertTrue(rows.rows().get(0).followUp());
            assertEquals(2, rows.rows().get(0).teams());
            assertEquals(1, jpa.inTransaction(em -> service(em)
                    .page(new PageRequest(0, 10, "waveLabel", true, Map.of("waveLabel", "AFTER")))).total());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onceLinksExistTheModeAndQuestionnairesStayAndNoTeamLeaves(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long a = HrFixture.team(jpa, "Support", "Ada <ada@example.org>");
            long b = HrFixture.team(jpa, "Logistics", "Bob <bob@example.org>");
            long id = HrFixture.campaign(jpa, LinkMode.PERSONAL, List.of(a));
            CampaignForm before = HrFixture.form(LinkMode.SHARED, List.of(a));
            jpa.inTransaction(em -> service(em).update(id, before));
            jpa.inTransaction(em -> new InvitationService(em, CLOCK).issue(id, HrFixture.BASE));

            CampaignForm mode = HrFixture.form(LinkMode.PERSONAL, List.of(a));
            assertEquals("hr.campaign.locked",
                    assertThrows(Refusal.class, () -> jpa.inTransaction(em -> service(em).update(id, mode))).key());
            CampaignForm teamGone = HrFixture.form(LinkMode.SHARED, List.of(b));
            assertEquals("hr.campaign.locked",
                    assertThrows(Refusal.class, () -> jpa.inTransaction(em -> service(em).update(id, teamGone))).key());

            CampaignForm allowed = HrFixture.form(LinkMode.SHARED, List.of(a, b));
            allowed.setName("Autumn review 2026");
            allowed.setMinGroupSize(5);
            jpa.inTransaction(em -> service(em).update(id, allowed));
            jpa.inTransaction(em -> {
                Campaign campaign = service(em).find(id).orElseThrow();
                assertEquals("Autumn review 2026", campaign.getName());
                assertEquals(5, campaign.getMinGroupSize());
                assertEquals(2, campaign.getTeams().size());
                return null;
            });
        }
    }
}
