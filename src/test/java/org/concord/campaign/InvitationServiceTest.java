package org.concord.campaign;

import static org.concord.campaign.HrFixture.BASE;
import static org.concord.campaign.HrFixture.CATALOG;
import static org.concord.campaign.HrFixture.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concord.kernel.AccessToken;
import org.concord.kernel.Progress;
import org.concord.database.Jpa;
import org.concord.database.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.concord.kernel.Page;
import org.concord.kernel.PageRequest;

class InvitationServiceTest {

    private static IssuedLinks issue(Jpa jpa, long campaign) {
        return jpa.inTransaction(em -> new InvitationService(em, CLOCK).issue(campaign, BASE));
    }

    private static Set<String> storedHashes(Jpa jpa) {
        return new HashSet<>(jpa.inTransaction(em -> em.createQuery("SELECT i.tokenHash FROM Invitation i", String.class)
                .getResultList()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void personalLinksAreShownOnceStoredAsHashesAndRenewedOnlyWhileUnused(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long a = HrFixture.team(jpa, "Support", "Ada <ada@example.org>", "Bob <bob@example.org>", "Cy");
            long b = HrFixture.team(jpa, "Logistics", "Dee <dee@example.org>");
            long c = jpa.inTransaction(em -> new TeamService(em, CLOCK).create("Night shift", null, null, 6).getId());
            long campaign = HrFixture.campaign(jpa, LinkMode.PERSONAL, List.of(a, b, c));

            IssuedLinks first = issue(jpa, campaign);
            assertEquals(4, first.links().size());
            assertEquals(List.of("Night shift"), first.teamsWithoutMembers());
            assertEquals("Dee", first.links().get(0).member(), "teams by name, members by name");
            Set<String> hashes = storedHashes(jpa);
            for (IssuedLink link : first.links()) {
                assertTrue(link.url().startsWith("https://concord.example.org/respond/answer.xhtml?t="), link.url());
                String token = Answering.token(link.url());
                assertTrue(AccessToken.wellFormed(token));
                assertTrue(hashes.contains(AccessToken.hash(token)));
                assertFalse(hashes.contains(token), "the token itself is never stored");
            }

            String adaToken = Answering.token(first.links().get(1).url());
            jpa.inTransaction(em -> {
                Answering.start(em, CATALOG::find, CLOCK, adaToken);
                return null;
            });
            IssuedLinks second = issue(jpa, campaign);
            assertEquals(3, second.links().size(), "Ada has started: she keeps her link and gets no new one");
            assertEquals(1, second.kept());
            assertEquals(3, second.renewed());
            Set<String> now = storedHashes(jpa);
            assertTrue(now.contains(AccessToken.hash(adaToken)));
            assertFalse(now.contains(AccessToken.hash(Answering.token(first.links().get(0).url()))), "an unused link was renewed");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void completionCountsPerTeamAndTheUnfinishedListNamesOnlyThoseWhoHaveNotSubmitted(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long a = HrFixture.team(jpa, "Support", "Ada <ada@example.org>", "Bob <bob@example.org>", "Cy <cy@example.org>");
            long campaign = HrFixture.campaign(jpa, LinkMode.PERSONAL, List.of(a));
            IssuedLinks links = issue(jpa, campaign);
            jpa.inTransaction(em -> {
                Answering.submit(em, CATALOG::find, CLOCK, Answering.token(links.links().get(0).url()), item -> 4);
                Answering.start(em, CATALOG::find, CLOCK, Answering.token(links.links().get(1).url()));
                return null;
            });

            List<TeamCompletion> completion = jpa.inTransaction(em -> new InvitationService(em, CLOCK).completion(campaign));
            assertEquals(List.of(new TeamCompletion(a, "Support", 3, 1, 1)), completion);
            assertEquals(33, completion.get(0).ratePercent());

            Page<UnfinishedRow> unfinished = jpa.inTransaction(em -> new InvitationService(em, CLOCK)
                    .unfinished(campaign, PageRequest.of(0, 10)));
            assertEquals(2, unfinished.total());
            assertEquals(List.of("Bob", "Cy"), unfinished.rows().stream().map(UnfinishedRow::name).toList());
            assertEquals(Progress.STARTED, unfinished.rows().get(0).progress());
            assertNull(unfinished.rows().get(1).sentOn());
            long linked = jpa.inTransaction(em -> em.createQuery(
                    "SELECT COUNT(x) FROM Assessment x WHERE x.invitation IS NOT NULL AND x.progress = :s", Long.class)
                    .setParameter("s", Progress.SUBMITTED).getSingleResult());
            assertEquals(0, linked, "submitted answers are cut from the invitation that reached them");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSharedCampaignHasOneLinkPerTeamCountsVisitorsAndNamesNobody(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long a = HrFixture.team(jpa, "Support", "Ada <ada@example.org>");
            long b = jpa.inTransaction(em -> new TeamService(em, CLOCK).create("Night shift", null, null, 6).getId());
            long campaign = HrFixture.campaign(jpa, LinkMode.SHARED, List.of(a, b));
            IssuedLinks links = issue(jpa, campaign);
            assertEquals(2, links.links().size());
            assertNull(links.links().get(0).member());
            String night = Answering.token(links.links().get(0).url());
            jpa.inTransaction(em -> {
                Answering.submit(em, CATALOG::find, CLOCK, night, item -> 3);
                Answering.submit(em, CATALOG::find, CLOCK, night, item -> 5);
                Answering.start(em, CATALOG::find, CLOCK, night);
                return null;
            });

            List<TeamCompletion> completion = jpa.inTransaction(em -> new InvitationService(em, CLOCK).completion(campaign));
            assertEquals(new TeamCompletion(b, "Night shift", 6, 1, 2), completion.get(0));
            assertEquals(new TeamCompletion(a, "Support", 1, 0, 0), completion.get(1));
            assertEquals(0, jpa.inTransaction(em -> new InvitationService(em, CLOCK)
                    .unfinished(campaign, PageRequest.of(0, 10))).total());
            IssuedLinks again = issue(jpa, campaign);
            assertEquals(2, again.renewed());
            assertFalse(storedHashes(jpa).contains(AccessToken.hash(night)), "the old shared link stops working");
        }
    }
}
