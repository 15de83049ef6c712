package org.concord.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.concord.kernel.AccessToken;
import org.concord.questionnaire.Questionnaire;

/**
 * Campaigns, teams, links and candidates written straight into the running server's database
 * with SQL, as the HR and recruiter pages will one day write them: only the links' hashes are
 * stored, and the tokens are handed back for the test to open. Ids come from the sequences, so
 * they never collide with those the server allocates. Any Concord database will do (H2 of the
 * single server, PostgreSQL of the cluster): it is reached through a {@link Database}.
 */
final class RespondentFixtures {

    /** A campaign written for a test: its id and the tokens of its links (personal, or the one shared link). */
    record Campaign(long id, List<String> tokens) {
        String token(int i) {
            return tokens.get(i);
        }
    }

    /** Opens a connection to the Concord database the fixtures are written into. */
    @FunctionalInterface
    interface Database {
        Connection open() throws SQLException;
    }

    private final Database database;

    RespondentFixtures(Database database) {
        this.database = database;
    }

    /** Fixtures in the browser tests' server's database. */
    RespondentFixtures(ConcordServer server) {
        this(server::database);
    }

    /** A campaign with one team of {@code members} personal links, or (members 0) one shared link. */
    Campaign campaign(String name, LocalDate opens, LocalDate closes, int members, Questionnaire... questionnaires)
            throws SQLException {
        try (Connection db = database.open()) {
            long team = Sequences.next(db, "team_seq");
            update(db, "INSERT INTO team (id, name, headcount, created_at) VALUES (?, ?, ?, ?)", team, name + " team " + team,
                    members == 0 ? 10 : null, now());
            long campaign = Sequences.next(db, "campaign_seq");
            update(db, "INSERT INTO campaign (id, name, wave_label, opens_on, closes_on, min_group_size, link_mode, created_by, created_at)"
                    + " VALUES (?, ?, 'Before team building', ?, ?, 4, ?, 'hr', ?)",
                    campaign, name, opens, closes, members == 0 ? "SHARED" : "PERSONAL", now());
            update(db, "INSERT INTO campaign_team (campaign_id, team_id) VALUES (?, ?)", campaign, team);
            for (int i = 0; i < questionnaires.length; i++) {
                update(db, "INSERT INTO campaign_instrument (campaign_id, ordinal, questionnaire_id, questionnaire_version) VALUES (?, ?, ?, ?)",
                        campaign, i, questionnaires[i].id(), questionnaires[i].version());
            }
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < Math.max(members, 1); i++) {
                Long member = null;
                if (members > 0) {
                    member = Sequences.next(db, "team_member_seq");
                    update(db, "INSERT INTO team_member (id, team_id, name, email) VALUES (?, ?, ?, ?)",
                            member, team, "Member " + i, "member" + i + "@example.org");
                }
                String token = AccessToken.newToken();
                update(db, "INSERT INTO invitation (id, campaign_id, team_id, member_id, token_hash, shared, progress, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'INVITED', ?)",
                        Sequences.next(db, "invitation_seq"), campaign, team, member, AccessToken.hash(token), members == 0, now());
                tokens.add(token);
            }
            return new Campaign(campaign, tokens);
        }
    }

    /** A candidate's self-report link; {@code retentionDays} from {@code consentedDaysAgo} days ago. */
    String selfReport(String position, Questionnaire questionnaire, int consentedDaysAgo, int retentionDays) throws SQLException {
        try (Connection db = database.open()) {
            long candidate = Sequences.next(db, "candidate_seq");
            OffsetDateTime consented = now().minusDays(consentedDaysAgo);
            update(db, "INSERT INTO candidate (id, name, email, position_applied, recruiter_username, consent_text, consent_at,"
                    + " retention_days, delete_after, created_at) VALUES (?, 'Bea Martin', 'bea@example.org', ?, 'rita', 'I agree', ?, ?, ?, ?)",
                    candidate, position, consented, retentionDays, consented.toLocalDate().plusDays(retentionDays), consented);
            String token = AccessToken.newToken();
            update(db, "INSERT INTO assessment (id, questionnaire_id, questionnaire_version, progress, access_hash, candidate_id, started_at)"
                    + " VALUES (?, ?, ?, 'STARTED', ?, ?, ?)",
                    Sequences.next(db, "assessment_seq"), questionnaire.id(), questionnaire.version(), AccessToken.hash(token), candidate, now());
            return token;
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
