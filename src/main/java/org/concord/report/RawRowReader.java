package org.concord.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.concord.disclosure.RawGroup;
import org.concord.disclosure.RawLabel;
import org.concord.disclosure.RawRelease;

/**
 * Reads the submitted campaign answers of one questionnaire version for a raw export, as the
 * disclosure gate lets them out. First one grouped query counts the rows of each wave and team
 * and the gate ({@link RawRelease}) decides which leave and under which name: nothing of an open
 * wave, small teams pooled as "other teams" or left out. Then the campaign, wave and team names
 * are read once, and one forward-only JDBC cursor, fetched a thousand rows at a time, brings one
 * row per questionnaire, its answers and its scale scores each aggregated into one text
 * ({@code item=value} pairs), in an order drawn anew for every export (a keyed permutation of
 * the ids, so unrelated to the order of submission); each becomes one {@link RawRow}. Blank
 * questionnaires (no answer) are not responses and are never read. PostgreSQL only fetches in
 * batches inside a transaction, hence autocommit off for the read (the caller must not be in a
 * JTA transaction: report jobs run on their own threads).
 */
final class RawRowReader {

    private static final Logger LOG = Logger.getLogger(RawRowReader.class.getName());
    static final int FETCH_SIZE = 1000;

    /** The largest prime below 2^31: the keyed order is MOD(id * a + b, P), a bijection on ids below P. */
    private static final long P = 2_147_483_647L;

    private static final String SUBMITTED_ANY = """
            WHERE a.questionnaire_id = ? AND a.questionnaire_version = ? AND a.progress = 'SUBMITTED'
              AND a.campaign_id IS NOT NULL
            """;
    /** Submitted and not blank (at least one answer). */
    private static final String SUBMITTED = SUBMITTED_ANY + " AND EXISTS (SELECT 1 FROM answer x WHERE x.assessment_id = a.id)\n";

    private static final String GROUPS = """
            SELECT a.campaign_id, a.team_id, COUNT(*), c.closes_on, c.closed_on, c.min_group_size
            FROM assessment a JOIN campaign c ON c.id = a.campaign_id
            """ + SUBMITTED;
    private static final String GROUP_BY = " GROUP BY a.campaign_id, a.team_id, c.closes_on, c.closed_on, c.min_group_size";

    /**
     * Answers as "item=value item=value", scores as "scale=score scale=" (nothing after '=' when
     * missing), each aggregated per questionnaire and joined in id order (so without a sort);
     * joining the answers leaves blank questionnaires out, as {@link #SUBMITTED} does.
     */
    private static final String QUERY = """
            SELECT a.id, a.campaign_id, a.team_id, v.answers, s.scores
            FROM assessment a
            JOIN (SELECT assessment_id, STRING_AGG(item_id || '=' || CAST(answer_value AS VARCHAR), ' ') AS answers
                  FROM answer GROUP BY assessment_id) v ON v.assessment_id = a.id
            LEFT JOIN (SELECT assessment_id, STRING_AGG(scale_id || '=' || COALESCE(CAST(score AS VARCHAR), ''), ' ') AS scores
                       FROM scale_score GROUP BY assessment_id) s ON s.assessment_id = a.id
            """ + SUBMITTED_ANY;
    private static final String ONE_CAMPAIGN = " AND a.campaign_id = ?";
    private static final String ORDER = " ORDER BY MOD(a.id * ? + ?, " + P + "), a.id";

    private final DataSource dataSource;
    private final RandomGenerator random;

    RawRowReader(DataSource dataSource) {
        this(dataSource, new SecureRandom());
    }

    /** With the generator that draws each export's order (a seeded one in tests). */
    RawRowReader(DataSource dataSource, RandomGenerator random) {
        this.dataSource = dataSource;
        this.random = random;
    }

    /** What the gate lets out of this export, decided on today's state of its waves. */
    RawSelection select(RawLayout layout, Long campaignId, LocalDate today) throws SQLException {
        List<RawGroup> groups = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(GROUPS + (campaignId == null ? "" : ONE_CAMPAIGN) + GROUP_BY)) {
            bind(query, layout, campaignId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    long team = result.getLong(2);
                    Long teamId = result.wasNull() ? null : team;
                    LocalDate closesOn = result.getObject(4, LocalDate.class);
                    boolean released = result.getObject(5, LocalDate.class) != null || today.isAfter(closesOn);
                    groups.add(new RawGroup(result.getLong(1), teamId, result.getInt(3), released, result.getInt(6)));
                }
            }
        }
        return new RawSelection(groups, RawRelease.decide(groups));
    }

    /** Hands every row the selection lets out to {@code rows}, in an order drawn for this export; returns how many. */
    long read(RawLayout layout, Long campaignId, RawSelection selection, Consumer<RawRow> rows) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return read(connection, layout, campaignId, selection, rows);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private long read(Connection connection, RawLayout layout, Long campaignId, RawSelection selection,
                      Consumer<RawRow> rows) throws SQLException {
        RawNames names = RawNames.read(connection, selection);
        String sql = QUERY + (campaignId == null ? "" : ONE_CAMPAIGN) + ORDER;
        try (PreparedStatement query = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            query.setFetchSize(FETCH_SIZE);
            int next = bind(query, layout, campaignId);
            query.setLong(next, 1 + random.nextLong(P - 1));
            query.setLong(next + 1, random.nextLong(P));
            RawRow row = new RawRow(layout.valueCount());
            RawValues values = new RawValues(layout);
            long count = 0;
            try (ResultSet results = query.executeQuery()) {
                while (results.next()) {
                    long wave = results.getLong(2);
                    long team = results.getLong(3);
                    Long teamId = results.wasNull() ? null : team;
                    RawLabel label = selection.label(wave, teamId);
                    if (label.exported()) {
                        count++;
                        row.reset(count, names.campaign(wave), names.wave(wave),
                                label == RawLabel.NAMED ? names.team(teamId) : null);
                        values.answers(results.getString(4), row.values);
                        values.scores(results.getString(5), row.values);
                        rows.accept(row);
                    }
                }
            }
            if (values.unknown() > 0) {
                int skipped = values.unknown();
                LOG.warning(() -> skipped + " stored values name an item or scale that "
                        + layout.questionnaire().key() + " does not have; they are not exported");
            }
            return count;
        }
    }

    /** Binds the questionnaire and, when given, the campaign; returns the next parameter's index. */
    private static int bind(PreparedStatement query, RawLayout layout, Long campaignId) throws SQLException {
        query.setString(1, layout.questionnaire().id());
        query.setInt(2, layout.questionnaire().version());
        if (campaignId != null) {
            query.setLong(3, campaignId);
            return 4;
        }
        return 3;
    }
}
