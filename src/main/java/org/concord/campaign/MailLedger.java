package org.concord.campaign;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.concord.database.RowWriter;
import org.concord.kernel.Refusal;

/**
 * The record of a campaign's mailings ({@code mail_job}), shared by every instance: the instance
 * sending writes the progress and a heartbeat as it goes, then the outcome (the counts, the
 * addresses no mail could go to and the result per address, or the refusal) as a small JSON
 * document; any instance reads it back. A mailing whose heartbeat stopped for {@link #SILENT}
 * (its instance died) reads as finished and cut short. Each write is its own short commit.
 */
public final class MailLedger {

    /** How long a running mailing may stay silent before it counts as cut short. */
    static final Duration SILENT = Duration.ofSeconds(30);

    /** At most this many per-address results are kept with the outcome (the counts and failed addresses always are). */
    static final int DELIVERIES_KEPT = 5_000;

    private final DataSource dataSource;
    private final RowWriter writer;

    public MailLedger(DataSource dataSource) {
        this.dataSource = dataSource;
        this.writer = new RowWriter(dataSource, "a mailing");
    }

    void started(String id, long campaignId, String owner, Instant now) {
        writer.update("INSERT INTO mail_job (id, campaign_id, owner, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?)", s -> {
            s.setString(1, id);
            s.setLong(2, campaignId);
            s.setString(3, owner);
            s.setObject(4, RowWriter.utc(now));
            s.setObject(5, RowWriter.utc(now));
        });
    }

    void progress(String id, int total, int done, Instant now) {
        writer.update("UPDATE mail_job SET total = ?, done = ?, heartbeat_at = ? WHERE id = ? AND finished = FALSE", s -> {
            s.setInt(1, total);
            s.setInt(2, done);
            s.setObject(3, RowWriter.utc(now));
            s.setString(4, id);
        });
    }

    void finished(String id, MailResult result, Refusal refusal, Instant now) {
        String outcome = result != null ? outcome(result) : outcome(refusal);
        writer.update("UPDATE mail_job SET finished = TRUE, outcome = ?, heartbeat_at = ? WHERE id = ?", s -> {
            s.setString(1, outcome);
            s.setObject(2, RowWriter.utc(now));
            s.setString(3, id);
        });
    }

    /** Forgets the mailings started before {@code before}. */
    int forget(Instant before) {
        return writer.update("DELETE FROM mail_job WHERE started_at < ?", s -> s.setObject(1, RowWriter.utc(before)));
    }

    /** How mailing {@code id} goes or went, as of {@code now}; empty for an unknown id. */
    Optional<MailJobs.Job> find(String id, Instant now) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT total, done, finished, outcome, heartbeat_at FROM mail_job WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                int total = row.getInt(1);
                int done = row.getInt(2);
                if (row.getBoolean(3)) {
                    return Optional.of(read(id, row.getString(4)));
                }
                Instant heartbeat = row.getObject(5, OffsetDateTime.class).toInstant();
                if (heartbeat.plus(SILENT).isBefore(now)) {
                    return Optional.of(new MailJobs.Job(id, 100, true, null,
                            new Refusal("hr.mail.cutShort", done, Math.max(total, done))));
                }
                int percent = total <= 0 ? 0 : Math.min(99, done * 100 / total);
                return Optional.of(new MailJobs.Job(id, percent, false, null, null));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a mailing", e);
        }
    }

    static String outcome(MailResult result) {
        JsonArrayBuilder failed = Json.createArrayBuilder();
        result.failed().forEach(failed::add);
        JsonArrayBuilder deliveries = Json.createArrayBuilder();
        result.deliveries().stream().limit(DELIVERIES_KEPT).forEach(d -> deliveries.add(Json.createArrayBuilder()
                .add(d.member() == null ? JsonValue.NULL : Json.createValue(d.member()))
                .add(d.email() == null ? JsonValue.NULL : Json.createValue(d.email())).add(d.accepted())));
        return Json.createObjectBuilder().add("sent", result.sent()).add("failed", failed)
                .add("withoutEmail", result.withoutEmail()).add("deliveries", deliveries).build().toString();
    }

    static String outcome(Refusal refusal) {
        JsonArrayBuilder arguments = Json.createArrayBuilder();
        for (Object argument : refusal.arguments()) {
            arguments.add(String.valueOf(argument));
        }
        return Json.createObjectBuilder().add("refused", refusal.key()).add("arguments", arguments).build().toString();
    }

    static MailJobs.Job read(String id, String outcome) {
        JsonObject json = Json.createReader(new StringReader(outcome)).readObject();
        if (json.containsKey("refused")) {
            Object[] arguments = json.getJsonArray("arguments").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toArray();
            return new MailJobs.Job(id, 100, true, null, new Refusal(json.getString("refused"), arguments));
        }
        List<String> failed = json.getJsonArray("failed").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        List<Delivery> deliveries = new ArrayList<>();
        for (var entry : json.getJsonArray("deliveries")) {
            var d = entry.asJsonArray();
            deliveries.add(new Delivery(d.isNull(0) ? null : d.getString(0), d.isNull(1) ? null : d.getString(1), d.getBoolean(2)));
        }
        return new MailJobs.Job(id, 100, true, new MailResult(json.getInt("sent"), failed, json.getInt("withoutEmail"), deliveries), null);
    }
}
