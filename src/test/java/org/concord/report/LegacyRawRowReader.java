package org.concord.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.concord.disclosure.RawGroup;
import org.concord.disclosure.RawLabel;
import org.concord.disclosure.RawRelease;

/**
 * The raw export's reader as it was before it read one row per questionnaire: one cursor
 * joining answers and scale scores, one row per value, names repeated on each. Kept in the
 * tests only, as the oracle that the new reader's rows are compared with, value for value.
 */
final class LegacyRawRowReader {

    private static final Logger LOG = Logger.getLogger(LegacyRawRowReader.class.getName());
    static final int FETCH_SIZE = 1000;

    /** The largest prime below 2^31: the keyed order is MOD(id * a + b, P), a bijection on ids below P. */
    private static final long P = 2_147_483_647L;

    private static final String SUBMITTED = """
            WHERE a.questionnaire_id = ? AND a.questionnaire_version = ? AND a.progress = 'SUBMITTED'
              AND a.campaign_id IS NOT NULL
              AND EXISTS (SELECT 1 FROM answer x WHERE x.assessment_id = a.id)
            """;

    private static final String GROUPS = """
            SELECT a.campaign_id, a.team_id, COUNT(*), c.closes_on, c.closed_on, c.min_group_size
            FROM assessment a JOIN campaign c ON c.id = a.campaign_id
            """ + SUBMITTED;
    private static final String GROUP_BY = " GROUP BY a.campaign_id, a.team_id, c.closes_on, c.closed_on, c.min_group_size";

    /** kind 0: an answer (code = item), kind 1: a scale score (code = scale, num null when missing). */
    private static final String QUERY = """
            SELECT a.id, a.campaign_id, a.team_id, c.name, c.wave_label, t.name, v.kind, v.code, v.num
            FROM assessment a
            JOIN campaign c ON c.id = a.campaign_id
            LEFT JOIN team t ON t.id = a.team_id
            LEFT JOIN (SELECT assessment_id, 0 AS kind, item_id AS code,
                              CAST(answer_value AS DOUBLE PRECISION) AS num FROM answer
                       UNION ALL
                       SELECT assessment_id, 1 AS kind, scale_id AS code, score AS num FROM scale_score) v
                   ON v.assessment_id = a.id
            """ + SUBMITTED;
    private static final String ONE_CAMPAIGN = " AND a.campaign_id = ?";
    private static final String ORDER = " ORDER BY MOD(a.id * ? + ?, " + P + "), a.id";

    private final DataSource dataSource;
    private final java.util.random.RandomGenerator random;

    LegacyRawRowReader(DataSource dataSource, java.util.random.RandomGenerator random) {
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
        String sql = QUERY + (campaignId == null ? "" : ONE_CAMPAIGN) + ORDER;
        try (PreparedStatement query = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            query.setFetchSize(FETCH_SIZE);
            int next = bind(query, layout, campaignId);
            query.setLong(next, 1 + random.nextLong(P - 1));
            query.setLong(next + 1, random.nextLong(P));
            RawRow row = new RawRow(layout.valueCount());
            long current = Long.MIN_VALUE;
            boolean exported = false;
            long count = 0;
            int unknown = 0;
            try (ResultSet results = query.executeQuery()) {
                while (results.next()) {
                    long id = results.getLong(1);
                    if (id != current) {
                        if (exported) {
                            rows.accept(row);
                        }
                        current = id;
                        long team = results.getLong(3);
                        RawLabel label = selection.label(results.getLong(2), results.wasNull() ? null : team);
                        exported = label.exported();
                        if (exported) {
                            count++;
                            row.reset(count, results.getString(4), results.getString(5),
                                    label == RawLabel.NAMED ? results.getString(6) : null);
                        }
                    }
                    String code = results.getString(8);
                    if (exported && code != null) {
                        int slot = results.getInt(7) == 0 ? layout.itemSlot(code) : layout.scaleSlot(code);
                        double value = results.getDouble(9);
                        if (slot < 0) {
                            unknown++;
                        } else if (!results.wasNull()) {
                            row.values[slot] = value;
                        }
                    }
                }
            }
            if (exported) {
                rows.accept(row);
            }
            if (unknown > 0) {
                int skipped = unknown;
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
