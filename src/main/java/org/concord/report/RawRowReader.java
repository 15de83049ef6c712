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
 * row per questionnaire in an order drawn anew for every export (a keyed permutation of the ids,
 * so unrelated to the order of submission): only the ids are sorted, and each questionnaire's
 * answers and scale scores then come as one text each ({@code item=value} pairs), the lines
 * written at submission or, lacking them, aggregated from the rows, so rows stream from the
 * first one on. The cursor is read on a thread of its own while the
 * caller writes, each row becoming one {@link RawRow}. Blank questionnaires (no answer) are not
 * responses and are never exported. PostgreSQL only fetches in batches inside a transaction,
 * hence autocommit off for the read (the caller must not be in a JTA transaction: report jobs
 * run on their own threads).
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
    /** Submitted and not blank (at least one answer: its line, or else one of its rows). */
    private static final String SUBMITTED = SUBMITTED_ANY
            + " AND (a.submitted_answers IS NOT NULL OR EXISTS (SELECT 1 FROM answer x WHERE x.assessment_id = a.id))\n";

    private static final String GROUPS = """
            SELECT a.campaign_id, a.team_id, COUNT(*), c.closes_on, c.closed_on, c.min_group_size
            FROM assessment a JOIN campaign c ON c.id = a.campaign_id
            """ + SUBMITTED;
    private static final String GROUP_BY = " GROUP BY a.campaign_id, a.team_id, c.closes_on, c.closed_on, c.min_group_size";

    /**
     * The questionnaires in the order drawn for this export, sorted alone (a few bytes each),
     * then for each its answers as "item=value item=value" and its scores as "scale=score scale="
     * (nothing after '=' when missing): the lines written at submission
     * ({@link org.concord.assessment.SubmittedValues}), looked up by primary key, or, for a
     * questionnaire without them, aggregated from its rows by two subqueries on the primary
     * keys. Nothing waits for the whole result: the first rows leave while the database reads the
     * next ones. {@code drawn} lets {@link #read} check that the order held. A blank
     * questionnaire (no answer, so no answers text) is skipped, as {@link #SUBMITTED} leaves it
     * out of the count.
     */
    private static final String SELECT = """
            SELECT a.id, a.campaign_id, a.team_id, a.drawn,
              COALESCE((SELECT s.submitted_answers FROM assessment s WHERE s.id = a.id),
                (SELECT STRING_AGG(x.item_id || '=' || CAST(x.answer_value AS VARCHAR), ' ')
                 FROM answer x WHERE x.assessment_id = a.id)) AS answers,
              COALESCE((SELECT s.submitted_scores FROM assessment s WHERE s.id = a.id),
                (SELECT STRING_AGG(y.scale_id || '=' || COALESCE(CAST(y.score AS VARCHAR), ''), ' ')
                 FROM scale_score y WHERE y.assessment_id = a.id)) AS scores
            FROM (SELECT a.id, a.campaign_id, a.team_id, MOD(a.id * ? + ?, %d) AS drawn
                  FROM assessment a
            """.formatted(P);
    private static final String DRAWN_ORDER = " ORDER BY drawn, a.id) a";
    private static final String ONE_CAMPAIGN = " AND a.campaign_id = ?";

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

    /**
     * Hands every row the selection lets out to {@code rows}, in an order drawn for this export;
     * returns how many. The database is read on a thread of its own while {@code rows} runs on
     * the caller's (see {@link RawRowPipe}); both are done when this returns.
     */
    long read(RawLayout layout, Long campaignId, RawSelection selection, Consumer<RawRow> rows) throws SQLException {
        long a = 1 + random.nextLong(P - 1);
        long b = random.nextLong(P);
        RawRowPipe pipe = new RawRowPipe(layout.valueCount());
        long[] count = {0};
        Thread reading = new Thread(() -> {
            Throwable error = null;
            try (Connection connection = dataSource.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try {
                    count[0] = read(connection, layout, campaignId, selection, a, b, pipe);
                } finally {
                    connection.rollback();
                    connection.setAutoCommit(autoCommit);
                }
            } catch (Throwable e) {
                error = e;
            } finally {
                pipe.finish(error);
            }
        }, "raw-export-reader");
        reading.setDaemon(true);
        reading.start();
        try {
            pipe.drainTo(rows);
        } finally {
            joinUninterruptibly(reading);
        }
        Throwable failure = pipe.failure();
        if (failure instanceof SQLException e) {
            throw e;
        } else if (failure instanceof RuntimeException e) {
            throw e;
        } else if (failure instanceof Error e) {
            throw e;
        } else if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return count[0];
    }

    private long read(Connection connection, RawLayout layout, Long campaignId, RawSelection selection,
                      long a, long b, RawRowPipe pipe) throws SQLException {
        RawNames names = RawNames.read(connection, selection);
        String sql = SELECT + SUBMITTED_ANY + (campaignId == null ? "" : ONE_CAMPAIGN) + DRAWN_ORDER;
        try (PreparedStatement query = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            query.setFetchSize(FETCH_SIZE);
            query.setLong(1, a);
            query.setLong(2, b);
            bind(query, 2, layout, campaignId);
            RawValues values = new RawValues(layout);
            long count = 0;
            long lastDrawn = -1;
            long lastId = -1;
            try (ResultSet results = query.executeQuery()) {
                while (results.next()) {
                    long id = results.getLong(1);
                    long drawn = results.getLong(4);
                    if (drawn < lastDrawn || (drawn == lastDrawn && id <= lastId)) {
                        throw new IllegalStateException("the database did not keep the raw export's drawn order");
                    }
                    lastDrawn = drawn;
                    lastId = id;
                    String answers = results.getString(5);
                    if (answers == null) {
                        continue;
                    }
                    long wave = results.getLong(2);
                    long team = results.getLong(3);
                    Long teamId = results.wasNull() ? null : team;
                    RawLabel label = selection.label(wave, teamId);
                    if (label.exported()) {
                        count++;
                        RawRow row = pipe.slot().reset(count, names.campaign(wave), names.wave(wave),
                                label == RawLabel.NAMED ? names.team(teamId) : null);
                        values.answers(answers, row.values);
                        values.scores(results.getString(6), row.values);
                        pipe.commit();
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

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Binds the questionnaire and, when given, the campaign; returns the next parameter's index. */
    private static int bind(PreparedStatement query, RawLayout layout, Long campaignId) throws SQLException {
        return bind(query, 0, layout, campaignId);
    }

    /** As {@link #bind(PreparedStatement, RawLayout, Long)}, after {@code before} parameters already bound. */
    private static int bind(PreparedStatement query, int before, RawLayout layout, Long campaignId) throws SQLException {
        query.setString(before + 1, layout.questionnaire().id());
        query.setInt(before + 2, layout.questionnaire().version());
        if (campaignId != null) {
            query.setLong(before + 3, campaignId);
            return before + 4;
        }
        return before + 3;
    }
}
