package org.concord.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Reads the submitted campaign assessments of one questionnaire version through one
 * forward-only JDBC cursor, fetched a thousand rows at a time: answers and scale scores are
 * joined into one stream ordered by assessment, so each assessment's values arrive together
 * and are handed on as one {@link RawRow} as soon as the next assessment begins. PostgreSQL
 * only fetches in batches inside a transaction, hence autocommit off for the read (the caller
 * must not be in a JTA transaction: report jobs run on their own threads).
 */
final class RawRowReader {

    private static final Logger LOG = Logger.getLogger(RawRowReader.class.getName());
    static final int FETCH_SIZE = 1000;

    /** kind 0: an answer (code = item), kind 1: a scale score (code = scale, num null when missing). */
    private static final String QUERY = """
            SELECT a.id, c.name, c.wave_label, t.name, a.submitted_on, v.kind, v.code, v.num
            FROM assessment a
            JOIN campaign c ON c.id = a.campaign_id
            LEFT JOIN team t ON t.id = a.team_id
            LEFT JOIN (SELECT assessment_id, 0 AS kind, item_id AS code,
                              CAST(answer_value AS DOUBLE PRECISION) AS num FROM answer
                       UNION ALL
                       SELECT assessment_id, 1 AS kind, scale_id AS code, score AS num FROM scale_score) v
                   ON v.assessment_id = a.id
            WHERE a.questionnaire_id = ? AND a.questionnaire_version = ? AND a.progress = 'SUBMITTED'
            """;
    private static final String ONE_CAMPAIGN = " AND a.campaign_id = ?";
    private static final String ORDER = " ORDER BY a.id";

    private static final String COUNT = """
            SELECT COUNT(*) FROM assessment a
            WHERE a.questionnaire_id = ? AND a.questionnaire_version = ? AND a.progress = 'SUBMITTED'
              AND a.campaign_id IS NOT NULL""";

    private final DataSource dataSource;

    RawRowReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many rows {@link #read} will hand on (at the time of asking). */
    long count(RawLayout layout, Long campaignId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(COUNT + (campaignId == null ? "" : ONE_CAMPAIGN))) {
            query.setString(1, layout.questionnaire().id());
            query.setInt(2, layout.questionnaire().version());
            if (campaignId != null) {
                query.setLong(3, campaignId);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Hands every row to {@code rows}, in assessment order; returns how many. */
    long read(RawLayout layout, Long campaignId, Consumer<RawRow> rows) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return read(connection, layout, campaignId, rows);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static long read(Connection connection, RawLayout layout, Long campaignId, Consumer<RawRow> rows)
            throws SQLException {
        String sql = QUERY + (campaignId == null ? "" : ONE_CAMPAIGN) + ORDER;
        try (PreparedStatement query = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            query.setFetchSize(FETCH_SIZE);
            query.setString(1, layout.questionnaire().id());
            query.setInt(2, layout.questionnaire().version());
            if (campaignId != null) {
                query.setLong(3, campaignId);
            }
            RawRow row = new RawRow(layout.valueCount());
            long current = Long.MIN_VALUE;
            long count = 0;
            int unknown = 0;
            try (ResultSet results = query.executeQuery()) {
                while (results.next()) {
                    long id = results.getLong(1);
                    if (id != current) {
                        if (count > 0) {
                            rows.accept(row);
                        }
                        row.reset(id, results.getString(2), results.getString(3), results.getString(4),
                                results.getObject(5, LocalDate.class));
                        current = id;
                        count++;
                    }
                    String code = results.getString(7);
                    if (code != null) {
                        int slot = results.getInt(6) == 0 ? layout.itemSlot(code) : layout.scaleSlot(code);
                        double value = results.getDouble(8);
                        if (slot < 0) {
                            unknown++;
                        } else if (!results.wasNull()) {
                            row.values[slot] = value;
                        }
                    }
                }
            }
            if (count > 0) {
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
}
