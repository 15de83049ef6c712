package org.concord.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Writes the plain rows that instances share outside JPA (the ledgers of report jobs and
 * mailings): one statement on a connection of its own, committed at once, so that every other
 * instance sees it; a failure is reported as what could not be written. Instants are stored as
 * UTC timestamps ({@link #utc}).
 */
public final class RowWriter {

    /** Sets a statement's parameters. */
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private final DataSource dataSource;
    private final String what;

    /** {@code what} names the rows in the error, as in "cannot write down {@code what}". */
    public RowWriter(DataSource dataSource, String what) {
        this.dataSource = dataSource;
        this.what = what;
    }

    /** Runs one INSERT, UPDATE or DELETE; returns how many rows it changed. */
    public int update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write down " + what, e);
        }
    }

    /** An instant as the timestamp with time zone the tables keep. */
    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
