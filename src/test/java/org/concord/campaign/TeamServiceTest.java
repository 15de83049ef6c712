package org.concord.campaign;

import static org.concord.campaign.HrFixture.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.concord.kernel.Refusal;
import org.concord.kernel.Page;
import org.concord.kernel.PageRequest;
import org.concord.security.AccountService;
import org.concord.security.AccountSummary;
import org.concord.security.Role;

class TeamServiceTest {

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void membersComeOneByOneOrFromACsvAndAMalformedUploadKeepsNothing(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long team = HrFixture.team(container, "Logistics", "Ada <ada@example.org>");

            int added = container.get(TeamService.class).importMembers(team,
                    csv("name,email\nBob,bob@example.org\nChloé,chloe@example.org\n"));
            assertEquals(2, added);
            Refusal refused = assertThrows(Refusal.class, () -> container.get(TeamService.class)
                    .importMembers(team, csv("Dan,dan@example.org\nEve,eve@example\nFay,fay@example.org\n")));
            assertEquals("hr.csv.email", refused.key());
            assertEquals(2, refused.arguments()[0]);
            Refusal again = assertThrows(Refusal.class, () -> container.get(TeamService.class)
                    .importMembers(team, csv("Dan,dan@example.org\nAda again,ADA@example.org\n")));
            assertEquals("hr.csv.duplicate", again.key());

            List<String> names = container.get(TeamService.class).find(team).orElseThrow()
                    .getMembers().stream().map(TeamMember::getName).toList();
            assertEquals(List.of("Ada", "Bob", "Chloé"), names, "nothing of the refused uploads was kept");

            long bob = container.get(TeamService.class).find(team).orElseThrow().getMembers().get(1).getId();
            container.get(TeamService.class).removeMember(team, bob);
            int size = container.get(TeamService.class).find(team).orElseThrow().size();
            assertEquals(2, size);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theTeamListPagesSortsAndFiltersInTheDatabase(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            for (int i = 0; i < 25; i++) {
                HrFixture.team(container, String.format("Team %02d", i), "Member <m" + i + "@example.org>");
            }
            container.get(TeamService.class).create("Anonymous unit", null, HrFixture.manager(container, "lea"), 12);
            Refusal taken = assertThrows(Refusal.class,
                    () -> container.get(TeamService.class).create("Team 03", null, null, null));
            assertEquals("hr.team.nameTaken", taken.key());
            Refusal tooLong = assertThrows(Refusal.class,
                    () -> container.get(TeamService.class).create("T".repeat(201), null, null, null));
            assertEquals("text.tooLong", tooLong.key());
            assertEquals("name", tooLong.field());
            assertEquals(List.of(new Refusal.Label("field.name"), 200), List.of(tooLong.arguments()));

            Page<TeamRow> first = container.get(TeamService.class).page(PageRequest.of(0, 10));
            assertEquals(26, first.total());
            assertEquals(10, first.rows().size());
            assertEquals("Anonymous unit", first.rows().get(0).name());
            assertEquals(12, first.rows().get(0).size());
            assertEquals(1, first.rows().get(1).members());

            Page<TeamRow> sorted = container.get(TeamService.class)
                    .page(new PageRequest(20, 10, "name", false, Map.of()));
            assertEquals(6, sorted.rows().size());
            assertEquals("Team 04", sorted.rows().get(0).name());

            Page<TeamRow> filtered = container.get(TeamService.class)
                    .page(new PageRequest(0, 10, "bogus; DROP TABLE team", true, Map.of("name", "eam 1", "manager", "MAN")));
            assertEquals(10, filtered.total());
            assertEquals("Team 10", filtered.rows().get(0).name());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeamsManagerIsAnEnabledAccountHoldingTheManagerRole(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            TeamService teams = container.get(TeamService.class);
            AccountService accounts = container.get(AccountService.class);
            accounts.create("admin", "rita", "Rita Recruiter", Set.of(Role.RECRUITER));
            String manon = HrFixture.manager(container, "manon");
            HrFixture.manager(container, "max");
            accounts.disable("admin", "max");

            for (String wrong : List.of("zzz.nobody", "rita", "max")) {
                Refusal refused = assertThrows(Refusal.class, () -> teams.create("Team of " + wrong, null, wrong, null));
                assertEquals("hr.team.notAManager", refused.key());
                assertEquals("manager", refused.field());
                assertEquals(List.of(wrong), List.of(refused.arguments()));
            }
            assertEquals(0, teams.page(PageRequest.of(0, 10)).total(), "no refused team was stored");

            long team = teams.create("Logistics", null, " manon ", null).getId();
            assertEquals(manon, teams.find(team).orElseThrow().getManagerUsername());
            Refusal update = assertThrows(Refusal.class, () -> teams.update(team, "Logistics 2", null, "rita", null));
            assertEquals("hr.team.notAManager", update.key());
            assertEquals("manager", update.field());
            Team kept = teams.find(team).orElseThrow();
            assertEquals("Logistics", kept.getName(), "a refused change keeps nothing");
            assertEquals(manon, kept.getManagerUsername());
            teams.update(team, "Logistics", null, "", null);
            assertNull(teams.find(team).orElseThrow().getManagerUsername(), "a team may have no manager yet");
            assertEquals(List.of("manon"), teams.managers().stream().map(AccountSummary::username).toList(),
                    "only enabled manager accounts are offered");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theCampaignFormOffersTeamsWhoseNameContainsWhatWasTypedTakenLiterally(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long half = container.get(TeamService.class).create("Sales 50% Paris", null, null, 5).getId();
            long under = container.get(TeamService.class).create("sales_lyon", null, null, 5).getId();
            long north = container.get(TeamService.class).create("Sales North", null, null, 5).getId();
            container.get(TeamService.class).create("Finance", null, null, 5);

            assertEquals(List.of(half, north, under), List.copyOf(
                    container.get(TeamService.class).matching(" SALES ", 20).keySet()), "any case, by name");
            assertEquals(Map.of(half, "Sales 50% Paris"), container.get(TeamService.class).matching("50%", 20));
            assertEquals(Map.of(under, "sales_lyon"), container.get(TeamService.class).matching("s_l", 20),
                    "LIKE's own characters are taken literally");
            assertEquals(2, container.get(TeamService.class).matching("sales", 2).size());
            assertEquals(4, container.get(TeamService.class).matching("", 20).size());
            assertEquals(Map.of(north, "Sales North", under, "sales_lyon"),
                    container.get(TeamService.class).names(List.of(north, under)));
            assertEquals(Map.of(), container.get(TeamService.class).names(List.of()));
        }
    }
}
