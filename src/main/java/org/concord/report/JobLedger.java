package org.concord.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Where report jobs are written down while they run ({@code report_job}): queued, running,
 * then done or failed, with what was asked for (kind, questionnaire, campaign, language), so
 * that a job a crash cut short is known at the next start and can be asked for again. Each
 * change is its own short commit, apart from the job's work, so it holds whatever the job does.
 */
public final class JobLedger {

    /** A job that failed (or was cut short), as the Reports page offers it for a retry. */
    public record Failed(String id, ReportKind kind, String title, String requestedBy, String questionnaire,
                         Long campaignId, Locale locale, Instant startedAt) {
    }

    /** What a job was asked for, enough to ask again. */
    public record Asked(ReportKind kind, String title, String requestedBy, String questionnaire, Long campaignId, Locale locale) {
    }

    private final DataSource dataSource;

    public JobLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void queued(String id, Asked asked, Instant now) {
        update("INSERT INTO report_job (id, kind, title, requested_by, questionnaire, campaign_id, locale, state, started_at) "
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
                    statement.setObject(8, now.atOffset(ZoneOffset.UTC));
                });
    }

    void state(String id, ReportJob.State state, Instant now) {
        boolean ended = state == ReportJob.State.DONE || state == ReportJob.State.FAILED;
        update("UPDATE report_job SET state = ?, ended_at = ? WHERE id = ?", statement -> {
            statement.setString(1, state.name());
            statement.setObject(2, ended ? now.atOffset(ZoneOffset.UTC) : null, Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setString(3, id);
        });
    }

    /** Marks every job still queued or running as failed (at start, when none can be); returns how many. */
    int failUnfinished(Instant now) {
        return update("UPDATE report_job SET state = 'FAILED', ended_at = ? WHERE state IN ('QUEUED', 'RUNNING')",
                statement -> statement.setObject(1, now.atOffset(ZoneOffset.UTC)));
    }

    /** The job has been asked for again: it leaves the list of failed jobs. Returns whether it was there. */
    boolean retried(String id) {
        return update("UPDATE report_job SET state = 'RETRIED' WHERE id = ? AND state = 'FAILED'",
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
                    failed.add(new Failed(rows.getString(1), ReportKind.valueOf(rows.getString(2)), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.wasNull() ? null : campaign,
                            Locale.forLanguageTag(rows.getString(7)), rows.getObject(8, OffsetDateTime.class).toInstant()));
                }
            }
            return failed;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the report jobs", e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write down a report job", e);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
