package org.concord.campaign;

import static org.concord.campaign.HrFixture.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.kernel.Page;
import org.concord.kernel.PageRequest;
import org.concord.kernel.Progress;
import org.concord.kernel.Refusal;
import org.concord.security.AuditTrail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The campaign list: waves grouped under their campaign, status, response rate, archive and restore. */
class CampaignListTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void wavesAreGroupedWithTheirStatusAndRateAndAClosedCampaignIsArchivedAndRestored(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            CampaignService campaigns = container.get(CampaignService.class);
            long a = HrFixture.team(container, "Support", "Ada <ada@example.org>", "Bob <bob@example.org>");
            long first = HrFixture.campaign(container, LinkMode.PERSONAL, List.of(a));
            assertEquals(CampaignStatus.DRAFT, campaigns.status(first), "no link yet: still a draft");
            container.get(InvitationService.class).issue(first, HrFixture.BASE);
            container.inTransaction(em -> em.createQuery("UPDATE Invitation i SET i.progress = :submitted"
                            + " WHERE i.member.name = 'Ada'").setParameter("submitted", Progress.SUBMITTED).executeUpdate());
            long next = container.inTransaction(em -> {
                long id = campaigns.followUp(first, "after team building", LocalDate.of(2027, 2, 1),
                        LocalDate.of(2027, 2, 20), "hr.user").getId();
                em.flush();
                return id;
            });
            CampaignForm spring = HrFixture.form(LinkMode.SHARED, List.of(a));
            spring.setName("Spring pulse");
            spring.setOpensOn(LocalDate.of(2026, 11, 25));
            long other = campaigns.create(spring, "hr.user").getId();

            Page<CampaignSeries> page = campaigns.series(PageRequest.of(0, 10), false);
            assertEquals(2, page.total(), "two campaigns, whatever their number of waves");
            CampaignSeries autumn = page.rows().get(1);
            assertEquals(other, page.rows().get(0).id(), "newest first");
            assertEquals(first, autumn.id());
            assertEquals(List.of(first, next), autumn.waves().stream().map(WaveLine::id).toList(), "before, then after");
            assertEquals(List.of(CampaignStatus.OPEN, CampaignStatus.DRAFT),
                    autumn.waves().stream().map(WaveLine::status).toList());
            assertEquals(new ResponseRate(2, 1), autumn.waves().get(0).rate());
            assertEquals(50, autumn.waves().get(0).rate().percent());
            assertEquals(autumn.waves().get(0).rate(), campaigns.rate(first), "the home page's rate is the same");
            assertEquals(1, campaigns.series(new PageRequest(0, 10, "name", true, Map.of("name", "PULSE")), false).total());

            Refusal open = assertThrows(Refusal.class, () -> campaigns.archive(first, "hr.user"));
            assertEquals("hr.archive.notClosed", open.key());
            assertEquals(Refusal.Kind.CONFLICT, open.kind());
            assertFalse(autumn.archivable());
            campaigns.close(first, "hr.user");
            campaigns.close(next, "hr.user");
            assertTrue(campaigns.series(PageRequest.of(0, 10), false).rows().get(1).archivable());

            campaigns.archive(next, "hr.user");
            campaigns.archive(first, "hr.user");
            AuditTrail audit = container.get(AuditTrail.class);
            assertEquals(1, audit.entriesFor("campaign.archived").size(), "archived once, audited once");
            assertEquals(List.of(other), campaigns.series(PageRequest.of(0, 10), false).rows().stream()
                    .map(CampaignSeries::id).toList(), "archived campaigns are hidden by default");
            CampaignSeries archived = campaigns.series(PageRequest.of(0, 10), true).rows().get(1);
            assertTrue(archived.archived());
            assertEquals(List.of(CampaignStatus.ARCHIVED, CampaignStatus.ARCHIVED),
                    archived.waves().stream().map(WaveLine::status).toList(), "every wave of it is archived");
            assertEquals(new ResponseRate(2, 1), archived.waves().get(0).rate(), "its figures stay readable");
            assertEquals("hr.archive.readOnly", assertThrows(Refusal.class,
                    () -> campaigns.update(first, HrFixture.form(LinkMode.PERSONAL, List.of(a)))).key());
            assertEquals("hr.archive.readOnly", assertThrows(Refusal.class, () -> campaigns.followUp(next, "third",
                    LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 20), "hr.user")).key());

            campaigns.restore(first, "hr.user");
            assertEquals(1, audit.entriesFor("campaign.restored").size());
            CampaignSeries restored = campaigns.series(PageRequest.of(0, 10), false).rows().get(1);
            assertFalse(restored.archived());
            assertEquals(List.of(CampaignStatus.CLOSED, CampaignStatus.CLOSED),
                    restored.waves().stream().map(WaveLine::status).toList(), "restored, its waves stay closed");
        }
    }
}
