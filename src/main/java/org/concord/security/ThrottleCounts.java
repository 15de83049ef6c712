package org.concord.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.concord.database.ConcordDatabase;

/**
 * Counts kept in the database ({@code throttle_count}) so that every instance sees the same
 * ones: failed sign-ins per user name, address and browser ({@link DatabaseSignInThrottle}),
 * respondent links that led nowhere per address (the respondent pages' guessing limit). A
 * count starts again once its window is over: a fixed time after its first hit, or after its
 * last one. Each hit is one atomic statement, so instances counting the same key at once lose
 * nothing; counts silent for a day are deleted now and then, so the table never grows without
 * bound. The database rather than the grid's cache: it is already shared, survives the loss of
 * any instance, and increments atomically with no grid configuration.
 */
@ApplicationScoped
public class ThrottleCounts {

    /** A count: how many hits since {@code first}, the last at {@code last}. */
    public record Count(int hits, Instant first, Instant last) {
    }

    /** When a count starts again. */
    public enum Window {
        /** a fixed time after its first hit (a minute of guesses) */
        FROM_FIRST,
        /** a time after its last hit (failures forgotten an hour after the last one) */
        FROM_LAST
    }

    private static final int MAX_KEY = 300;
    private static final long TRIM_EVERY = 500;
    private static final Duration KEPT = Duration.ofDays(1);

    @Resource(lookup = ConcordDatabase.JNDI_NAME)
    private DataSource dataSource;

    private final AtomicLong hitsHere = new AtomicLong();

    protected ThrottleCounts() {
        // for CDI
    }

    public ThrottleCounts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The count under {@code key} when it is still within its window at {@code now}; else empty. */
    public Optional<Count> get(String key, Window window, Duration length, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT hits, first_at, last_at FROM throttle_count WHERE counter = ?")) {
            select.setString(1, stored(key));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Count count = new Count(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                        row.getObject(3, OffsetDateTime.class).toInstant());
                return over(count, window, length, now) ? Optional.empty() : Optional.of(count);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a throttle count", e);
        }
    }

    /** Counts one more hit under {@code key} at {@code now}, starting again when its window is over. */
    public void hit(String key, Window window, Duration length, Instant now) {
        String stored = stored(key);
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        OffsetDateTime startedBefore = now.minus(length).atOffset(ZoneOffset.UTC);
        String stale = window == Window.FROM_FIRST ? "first_at <= ?" : "last_at < ?";
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                // each attempt on a connection of its own: a refused insert may spoil its connection's transaction
                try (Connection connection = dataSource.getConnection()) {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE throttle_count SET "
                            + "hits = CASE WHEN " + stale + " THEN 1 ELSE hits + 1 END, "
                            + "first_at = CASE WHEN " + stale + " THEN ? ELSE first_at END, last_at = ? WHERE counter = ?")) {
                        update.setObject(1, startedBefore);
                        update.setObject(2, startedBefore);
                        update.setObject(3, at);
                        update.setObject(4, at);
                        update.setString(5, stored);
                        if (update.executeUpdate() == 1) {
                            break;
                        }
                    }
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO throttle_count (counter, hits, first_at, last_at) VALUES (?, 1, ?, ?)")) {
                        insert.setString(1, stored);
                        insert.setObject(2, at);
                        insert.setObject(3, at);
                        insert.executeUpdate();
                        break;
                    } catch (SQLException raced) {
                        if (!"23505".equals(raced.getSQLState())) {
                            throw raced;
                        }
                        // another instance inserted the same key meanwhile: count on its row
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count a throttle hit", e);
        }
        if (hitsHere.incrementAndGet() % TRIM_EVERY == 0) {
            forgetSilentSince(now.minus(KEPT));
        }
    }

    /** Forgets the count under {@code key}. */
    public void forget(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM throttle_count WHERE counter = ?")) {
            delete.setString(1, stored(key));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot forget a throttle count", e);
        }
    }

    /** Deletes the counts whose last hit was before {@code cutoff}; returns how many. */
    public int forgetSilentSince(Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM throttle_count WHERE last_at < ?")) {
            delete.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot trim the throttle counts", e);
        }
    }

    private static boolean over(Count count, Window window, Duration length, Instant now) {
        return window == Window.FROM_FIRST ? !count.first().plus(length).isAfter(now) : count.last().plus(length).isBefore(now);
    }

    /** The key as stored: itself when short enough, else its SHA-256. */
    private static String stored(String key) {
        if (key.length() <= MAX_KEY) {
            return key;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
