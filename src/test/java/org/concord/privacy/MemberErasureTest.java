package org.concord.privacy;

import static org.concord.privacy.PrivacyFixture.container;
import static org.concord.privacy.PrivacyFixture.HR;
import static org.concord.privacy.PrivacyFixture.RITA;
import static org.concord.privacy.PrivacyFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.concord.kernel.AccessToken;
import org.concord.campaign.Campaign;
import org.concord.campaign.Invitation;
import org.concord.campaign.LinkMode;
import org.concord.kernel.Refusal;
import org.concord.campaign.Team;
import org.concord.campaign.TeamMember;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.security.AuditEntry;
import org.concord.security.AuditTrail;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Erasing a team member on request, on H2 and PostgreSQL: their name and e-mail are gone from
 * every table, their personal invitation stays without them (the campaign's counts stay
 * right), the other members stay, and only HR may do it.
 */
class MemberErasureTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:30:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anErasedMemberIsNamedNowhereAndTheirInvitationStaysWithoutThem(TestDatabase database, @TempDir Path folder)
            throws SQLException {
        DataSource dataSource = database.fresh();
        try (Container container = container(dataSource, folder)) {
            long[] ids = container.inTransaction(em -> {
                Team team = new Team("Night shift", null, "manon", NOW);
                TeamMember erased = team.addMember("Barnaby Quill", "barnaby.quill@example.org");
                team.addMember("Cordelia Vance", "cordelia@example.org");
                em.persist(team);
                Campaign campaign = new Campaign("Autumn", "before", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), 3,
                        LinkMode.PERSONAL, "hanna", NOW);
                campaign.addTeam(team);
                campaign.addInstrument(PrivacyFixture.SELF_REPORT.id(), PrivacyFixture.SELF_REPORT.version());
                em.persist(campaign);
                Invitation invitation = Invitation.personal(campaign, erased, AccessToken.hash(AccessToken.newToken()), NOW);
                em.persist(invitation);
                em.flush();
                return new long[] {erased.getId(), invitation.getId(), team.getId()};
            });

            assertThrows(Refusal.class, () -> service(container, NOW).eraseMember(RITA, ids[0]), "only HR erases members");
            assertFalse(PersonalDataScan.whereFound(dataSource, "Barnaby").isEmpty());

            service(container, NOW).eraseMember(HR, ids[0]);

            assertEquals(List.of(), PersonalDataScan.whereFound(dataSource, "Barnaby", "Quill", "barnaby.quill@example.org"));
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                try (ResultSet invitation = statement.executeQuery("SELECT member_id FROM invitation WHERE id = " + ids[1])) {
                    assertEquals(true, invitation.next(), "the invitation stays");
                    invitation.getLong(1);
                    assertEquals(true, invitation.wasNull(), "without its member");
                }
                try (ResultSet members = statement.executeQuery("SELECT name FROM team_member WHERE team_id = " + ids[2])) {
                    assertEquals(true, members.next());
                    assertEquals("Cordelia Vance", members.getString(1));
                    assertEquals(false, members.next());
                }
            }
            List<AuditEntry> entries = container.get(AuditTrail.class)
                    .entriesFor("member.erased");
            assertEquals(1, entries.size());
            assertEquals("member-" + ids[0], entries.get(0).getSubject());
            assertEquals("hanna", entries.get(0).getActor());
            assertEquals("team-" + ids[2] + ", 1 invitation(s) unlinked", entries.get(0).getDetail());
            Invitation invitation = container.inTransaction(em -> em.find(Invitation.class, ids[1]));
            assertNull(invitation.getMember());
        }
    }
}
