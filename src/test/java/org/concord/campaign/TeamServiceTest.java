package org.concord.campaign;

import static org.concord.campaign.HrFixture.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.concord.database.Jpa;
import org.concord.database.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.concord.kernel.Refusal;
import org.concord.kernel.Page;
import org.concord.kernel.PageRequest;

class TeamServiceTest {

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void membersComeOneByOneOrFromACsvAndAMalformedUploadKeepsNothing(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long team = HrFixture.team(jpa, "Logistics", "Ada <ada@example.org>");

            int added = jpa.inTransaction(em -> new TeamService(em, CLOCK).importMembers(team,
                    csv("name,email\nBob,bob@example.org\nChloé,chloe@example.org\n")));
            assertEquals(2, added);
            Refusal refused = assertThrows(Refusal.class, () -> jpa.inTransaction(em -> new TeamService(em, CLOCK)
                    .importMembers(team, csv("Dan,dan@example.org\nEve,eve@example\nFay,fay@example.org\n"))));
            assertEquals("hr.csv.email", refused.key());
            assertEquals(2, refused.arguments()[0]);
            Refusal again = assertThrows(Refusal.class, () -> jpa.inTransaction(em -> new TeamService(em, CLOCK)
                    .importMembers(team, csv("Dan,dan@example.org\nAda again,ADA@example.org\n"))));
            assertEquals("hr.csv.duplicate", again.key());

            List<String> names = jpa.inTransaction(em -> new TeamService(em, CLOCK).find(team).orElseThrow()
                    .getMembers().stream().map(TeamMember::getName).toList());
            assertEquals(List.of("Ada", "Bob", "Chloé"), names, "nothing of the refused uploads was kept");

            long bob = jpa.inTransaction(em -> new TeamService(em, CLOCK).find(team).orElseThrow().getMembers().get(1).getId());
            jpa.inTransaction(em -> {
                new TeamService(em, CLOCK).removeMember(team, bob);
                return null;
            });
            int size = jpa.inTransaction(em -> new TeamService(em, CLOCK).find(team).orElseThrow().size());
            assertEquals(2, size);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theTeamListPagesSortsAndFiltersInTheDatabase(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            for (int i = 0; i < 25; i++) {
                HrFixture.team(jpa, String.format("Team %02d", i), "Member <m" + i + "@example.org>");
            }
            jpa.inTransaction(em -> new TeamService(em, CLOCK).create("Anonymous unit", null, "lea", 12));
            Refusal taken = assertThrows(Refusal.class,
                    () -> jpa.inTransaction(em -> new TeamService(em, CLOCK).create("Team 03", null, null, null)));
            assertEquals("hr.team.nameTaken", taken.key());
            Refusal tooLong = assertThrows(Refusal.class,
                    () -> jpa.inTransaction(em -> new TeamService(em, CLOCK).create("T".repeat(201), null, null, null)));
            assertEquals("text.tooLong", tooLong.key());
            assertEquals("name", tooLong.field());
            assertEquals(List.of(new Refusal.Label("field.name"), 200), List.of(tooLong.arguments()));

            Page<TeamRow> first = jpa.inTransaction(em -> new TeamService(em, CLOCK).page(PageRequest.of(0, 10)));
            assertEquals(26, first.total());
            assertEquals(10, first.rows().size());
            assertEquals("Anonymous unit", first.rows().get(0).name());
            assertEquals(12, first.rows().get(0).size());
            assertEquals(1, first.rows().get(1).members());

            Page<TeamRow> sorted = jpa.inTransaction(em -> new TeamService(em, CLOCK)
                    .page(new PageRequest(20, 10, "name", false, Map.of())));
            assertEquals(6, sorted.rows().size());
            assertEquals("Team 04", sorted.rows().get(0).name());

            Page<TeamRow> filtered = jpa.inTransaction(em -> new TeamService(em, CLOCK)
                    .page(new PageRequest(0, 10, "bogus; DROP TABLE team", true, Map.of("name", "eam 1", "manager", "MAN"))));
            assertEquals(10, filtered.total());
            assertEquals("Team 10", filtered.rows().get(0).name());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theCampaignFormOffersTeamsWhoseNameContainsWhatWasTypedTakenLiterally(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long half = jpa.inTransaction(em -> new TeamService(em, CLOCK).create("Sales 50% Paris", null, null, 5).getId());
            long under = jpa.inTransaction(em -> new TeamService(em, CLOCK).create("sales_lyon", null, null, 5).getId());
            long north = jpa.inTransaction(em -> new TeamService(em, CLOCK).create("Sales North", null, null, 5).getId());
            jpa.inTransaction(em -> new TeamService(em, CLOCK).create("Finance", null, null, 5));

            assertEquals(List.of(half, north, under), List.copyOf(
                    jpa.inTransaction(em -> new TeamService(em, CLOCK).matching(" SALES ", 20)).keySet()), "any case, by name");
            assertEquals(Map.of(half, "Sales 50% Paris"), jpa.inTransaction(em -> new TeamService(em, CLOCK).matching("50%", 20)));
            assertEquals(Map.of(under, "sales_lyon"), jpa.inTransaction(em -> new TeamService(em, CLOCK).matching("s_l", 20)),
                    "LIKE's own characters are taken literally");
            assertEquals(2, jpa.inTransaction(em -> new TeamService(em, CLOCK).matching("sales", 2)).size());
            assertEquals(4, jpa.inTransaction(em -> new TeamService(em, CLOCK).matching("", 20)).size());
            assertEquals(Map.of(north, "Sales North", under, "sales_lyon"),
                    jpa.inTransaction(em -> new TeamService(em, CLOCK).names(List.of(north, under))));
            assertEquals(Map.of(), jpa.inTransaction(em -> new TeamService(em, CLOCK).names(List.of())));
        }
    }
}
