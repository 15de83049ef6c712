package org.concord.campaign;

import static org.concord.campaign.HrFixture.BASE;
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
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.concord.kernel.Page;
import org.concord.kernel.PageRequest;

class InvitationServiceTest {

    private static IssuedLinks issue(Container container, long campaign) {
        return container.get(InvitationService.class).issue(campaign, BASE);
    }

    private static Set<String> storedHashes(Container container) {
        return new HashSet<>(container.inTransaction(em -> em.createQuery("SELECT i.tokenHash FROM Invitation i", String.class)
                .getResultList()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void personalLinksAreShownOnceStoredAsHashesAndRenewedOnlyWhileUnused(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long a = HrFixture.team(container, "Support", "Ada <ada@example.org>", "Bob <bob@example.org>", "Cy");
            long b = HrFixture.team(container, "Logistics", "Dee <dee@example.org>");
            long c = container.get(TeamService.class).create("Night shift", null, null, 6).getId();
            long campaign = HrFixture.campaign(container, LinkMode.PERSONAL, List.of(a, b, c));

            IssuedLinks first = issue(container, campaign);
            assertEquals(4, first.links().size());
            assertEquals(List.of("Night shift"), first.teamsWithoutMembers());
            assertEquals("Dee", first.links().get(0).member(), "teams by name, members by name");
            Set<String> hashes = storedHashes(container);
            for (IssuedLink link : first.links()) {
                assertTrue(link.url().startsWith("https://concord.example.org/respond/answer.xhtml?t="), link.url());
                String token = Answering.token(link.url());
                assertTrue(AccessToken.wellFormed(token));
                assertTrue(hashes.contains(AccessToken.hash(token)));
                assertFalse(hashes.contains(token), "the token itself is never stored");
            }

            String adaToken = Answering.token(first.links().get(1).url());
            Answering.start(container, adaToken);
            IssuedLinks second = issue(container, campaign);
            assertEquals(3, second.links().size(), "Ada has started: she keeps her link and gets no new one");
            assertEquals(1, second.kept());
            assertEquals(3, second.renewed());
            Set<String> now = storedHashes(container);
            assertTrue(now.contains(AccessToken.hash(adaToken)));
            assertFalse(now.contains(AccessToken.hash(Answering.token(first.links().get(0).url()))), "an unused link was renewed");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void completionCountsPerTeamAndTheUnfinishedListNamesOnlyThoseWhoHaveNotSubmitted(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long a = HrFixture.team(container, "Support", "Ada <ada@example.org>", "Bob <bob@example.org>", "Cy <cy@example.org>");
            long campaign = HrFixture.campaign(container, LinkMode.PERSONAL, List.of(a));
            IssuedLinks links = issue(container, campaign);
            Answering.submit(container, Answering.token(links.links().get(0).url()), item -> 4);
            Answering.start(container, Answering.token(links.links().get(1).url()));

            List<TeamCompletion> completion = container.get(InvitationService.class).completion(campaign);
            assertEquals(List.of(new TeamCompletion(a, "Support", 3, 1, 1)), completion);
            assertEquals(33, completion.get(0).ratePercent());

            Page<UnfinishedRow> unfinished = container.get(InvitationService.class)
                    .unfinished(campaign, PageRequest.of(0, 10));
            assertEquals(2, unfinished.total());
            assertEquals(List.of("Bob", "Cy"), unfinished.rows().stream().map(UnfinishedRow::name).toList());
            assertEquals(Progress.STARTED, unfinished.rows().get(0).progress());
            assertNull(unfinished.rows().get(1).sentOn());
            long linked = container.inTransaction(em -> em.createQuery(
                    "SELECT COUNT(x) FROM Assessment x WHERE x.invitation IS NOT NULL AND x.progress = :s", Long.class)
                    .setParameter("s", Progress.SUBMITTED).getSingleResult());
            assertEquals(0, linked, "submitted answers are cut from the invitation that reached them");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSharedCampaignHasOneLinkPerTeamCountsVisitorsAndNamesNobody(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long a = HrFixture.team(container, "Support", "Ada <ada@example.org>");
            long b = container.get(TeamService.class).create("Night shift", null, null, 6).getId();
            long campaign = HrFixture.campaign(container, LinkMode.SHARED, List.of(a, b));
            IssuedLinks links = issue(container, campaign);
            assertEquals(2, links.links().size());
            assertNull(links.links().get(0).member());
            String night = Answering.token(links.links().get(0).url());
            Answering.submit(container, night, item -> 3);
            Answering.submit(container, night, item -> 5);
            Answering.start(container, night);

            List<TeamCompletion> completion = container.get(InvitationService.class).completion(campaign);
            assertEquals(new TeamCompletion(b, "Night shift", 6, 1, 2), completion.get(0));
            assertEquals(new TeamCompletion(a, "Support", 1, 0, 0), completion.get(1));
            assertEquals(0, container.get(InvitationService.class)
                    .unfinished(campaign, PageRequest.of(0, 10)).total());
            IssuedLinks again = issue(container, campaign);
            assertEquals(2, again.renewed());
            assertFalse(storedHashes(container).contains(AccessToken.hash(night)), "the old shared link stops working");
        }
    }
}
