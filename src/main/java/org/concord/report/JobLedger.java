package org.concord.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.concord.database.RowWriter;

/**
 * The queue and the record of report jobs ({@code report_job}), shared by every instance: a job
 * is queued with what was asked for (kind, questionnaire, campaign, language), claimed by
 * whichever instance takes it first ({@code SELECT ... FOR UPDATE SKIP LOCKED}, so two instances
 * never take the same one and neither waits for the other), then carries its owner's name, its
 * progress and a heartbeat until it is done or failed. A running job whose heartbeat stopped
 * (its instance died) is marked failed and offered for a retry. Each change is its own short
 * commit, apart from the job's work, so it holds whatever the job does.
 */
public final class JobLedger {

    /** A job that failed (or was cut short), as the Reports page offers it for a retry. */
    public record Failed(String id, ReportKind kind, String title, String requestedBy, String questionnaire,
                         Long campaignId, Locale locale, Instant startedAt) implements java.io.Serializable {
    }

    /** What a job was asked for, enough to ask again, or to run it on any instance. */
    public record Asked(ReportKind kind, String title, String requestedBy, String questionnaire, Long campaignId, Locale locale) {
    }

    /** A job an instance has just claimed: its id and what was asked for. */
    public record Claimed(String id, Asked asked) {
    }

    /** Where a job stands, as every instance reads it: state, progress 0..100, and the archived report once done. */
    public record Status(ReportJob.State state, int percent, Long reportId) {

        /** Whether the job has ended, well or not. */
        public boolean ended() {
            return state == ReportJob.State.DONE || state == ReportJob.State.FAILED;
        }
    }

    private final DataSource dataSource;
    private final RowWriter writer;

    public JobLedger(DataSource dataSource) {
        this.dataSource = dataSource;
        this.writer = new RowWriter(dataSource, "a report job");
    }

    void queued(String id, Asked asked, Instant now) {
        writer.update("INSERT INTO report_job (id, kind, title, requested_by, questionnaire, campaign_id, locale, state, started_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)", statement -> {
                    statement.setString(1, id);
                    statement.setString(2, asked.kind().name());
                    statement.setString(3, cut(asked.title(), 300));
                    statement.setString(4, asked.requestedBy());
                    statement.setString(5, asked.questionnaire());
                    if (asked.campaignId() == null) {
                        statement.setNull(6, Types.BIGINT);
                    } else {
                        statement.setLong(6, asked.campaignId());
                    }
                    statement.setString(7, asked.locale().toLanguageTag());
                    statement.setObject(8, RowWriter.utc(now));
                });
    }

    /**
     * Takes the oldest queued job for {@code owner}, skipping any another instance is taking at
     * this moment; empty when none is left. The job is running under {@code owner} from now on.
     */
    Optional<Claimed> claim(String owner, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Optional<Claimed> claimed = claim(connection, owner, now);
                connection.commit();
                return claimed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim a report job", e);
        }
    }

    private static Optional<Claimed> claim(Connection connection, String owner, Instant now) throws SQLException {
        Claimed claimed;
        try (PreparedStatement select = connection.prepareStatement("SELECT id, kind, title, requested_by, questionnaire, "
                + "campaign_id, locale FROM report_job WHERE state = 'QUEUED' ORDER BY started_at, id "
                + "FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED");
             ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            long campaign = rows.getLong(6);
            Long campaignId = rows.wasNull() ? null : campaign;
            claimed = new Claimed(rows.getString(1), new Asked(ReportKind.valueOf(rows.getString(2)), rows.getString(3),
                    rows.getString(4), rows.getString(5), campaignId, Locale.forLanguageTag(rows.getString(7))));
        }
        try (PreparedStatement take = connection.prepareStatement("UPDATE report_job SET state = 'RUNNING', owner = ?, "
                + "heartbeat_at = ? WHERE id = ? AND state = 'QUEUED'")) {
            take.setString(1, owner);
            take.setObject(2, RowWriter.utc(now));
            take.setString(3, claimed.id());
            return take.executeUpdate() == 1 ? Optional.of(claimed) : Optional.empty();
        }
    }

    /**
     * The owner's sign of life with the job's progress; false when the job is no longer the
     * owner's to run (it was marked failed because its heartbeat had stopped for too long).
     */
    boolean beat(String id, String owner, long done, long total, Instant now) {
        return writer.update("UPDATE report_job SET heartbeat_at = ?, done_steps = ?, total_steps = ? "
                + "WHERE id = ? AND owner = ? AND state = 'RUNNING'", statement -> {
                    statement.setObject(1, RowWriter.utc(now));
                    statement.setLong(2, done);
                    statement.setLong(3, total);
                    statement.setString(4, id);
                    statement.setString(5, owner);
                }) == 1;
    }

    /** The job ended, done (with its archived report) or failed; false when it was no longer the owner's. */
    boolean ended(String id, String owner, ReportJob.State state, Long reportId, Instant now) {
        return writer.update("UPDATE report_job SET state = ?, ended_at = ?, report_id = ? "
                + "WHERE id = ? AND owner = ? AND state = 'RUNNING'", statement -> {
                    statement.setString(1, state.name());
                    statement.setObject(2, RowWriter.utc(now));
                    if (reportId == null) {
                        statement.setNull(3, Types.BIGINT);
                    } else {
                        statement.setLong(3, reportId);
                    }
                    statement.setString(4, id);
                    statement.setString(5, owner);
                }) == 1;
    }

    /**
     * Marks failed every running job whose instance has not given a sign of life since
     * {@code silentSince} (it died, or lost the database); returns how many. They are offered for
     * a retry; whatever their instance might still write afterwards is refused by {@link #beat}.
     */
    int failSilent(Instant silentSince, Instant now) {
        return writer.update("UPDATE report_job SET state = 'FAILED', ended_at = ? WHERE state = 'RUNNING' "
                + "AND (heartbeat_at IS NULL OR heartbeat_at < ?)", statement -> {
                    statement.setObject(1, RowWriter.utc(now));
                    statement.setObject(2, RowWriter.utc(silentSince));
                });
    }

    /** The ids of the jobs running now on some instance (their partial files must stay). */
    Set<String> running() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT id FROM report_job WHERE state = 'RUNNING'");
             ResultSet rows = statement.executeQuery()) {
            Set<String> ids = new HashSet<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the report jobs", e);
        }
    }

    /** Where job {@code id} stands, as written down by whichever instance runs it; empty for an unknown id. */
    public Optional<Status> status(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT state, done_steps, total_steps, report_id FROM report_job WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String stored = rows.getString(1);
                ReportJob.State state = "RETRIED".equals(stored) ? ReportJob.State.FAILED : ReportJob.State.valueOf(stored);
                long done = rows.getLong(2);
                long total = rows.getLong(3);
                long report = rows.getLong(4);
                Long reportId = rows.wasNull() ? null : report;
                int percent = state == ReportJob.State.DONE || state == ReportJob.State.FAILED ? 100
                        : total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
                return Optional.of(new Status(state, percent, reportId));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read report job " + id, e);
        }
    }

    /** The job has been asked for again: it leaves the list of failed jobs. Returns whether it was there. */
    boolean retried(String id) {
        return writer.update("UPDATE report_job SET state = 'RETRIED' WHERE id = ? AND state = 'FAILED'",
                statement -> statement.setString(1, id)) == 1;
    }

    /** The failed jobs not yet retried, newest first. */
    public List<Failed> failed() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT id, kind, title, requested_by, questionnaire, "
                     + "campaign_id, locale, started_at FROM report_job WHERE state = 'FAILED' ORDER BY started_at DESC")) {
            statement.setMaxRows(50);
            List<Failed> failed = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long campaign = rows.getLong(6);
                    Long campaignId = rows.wasNull() ? null : campaign; // asked right after the read it is about
                    failed.add(new Failed(rows.getString(1), ReportKind.valueOf(rows.getString(2)), rows.getString(3),
                            rows.getString(4), rows.getString(5), campaignId,
                            Locale.forLanguageTag(rows.getString(7)), rows.getObject(8, OffsetDateTime.class).toInstant()));
                }
            }
            return failed;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the report jobs", e);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
