package org.concord.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.sql.DataSource;
import org.concord.database.ConcordDatabase;

/**
 * At start, once the schema is migrated, gives {@link DeviceMark} the key every instance of the
 * cluster shares ({@code cluster_key}): the first instance to start makes it at random, the
 * others read it (two starting at once both try to write it, the database keeps one, and both
 * read that one back). The key stays in the database, readable only by Concord's own user.
 */
@Singleton
@Startup
@DependsOn("StartupMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SharedDeviceKey {

    static final String NAME = "device-mark";

    @Resource(lookup = ConcordDatabase.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void share() {
        DeviceMark.useKey(of(dataSource));
    }

    /** The shared key in {@code dataSource}, made now when there is none yet. */
    static byte[] of(DataSource dataSource) {
        try {
            byte[] kept = read(dataSource);
            if (kept != null) {
                return kept;
            }
            byte[] made = new byte[32];
            new SecureRandom().nextBytes(made);
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO cluster_key (name, key_value, created_at) VALUES (?, ?, ?)")) {
                insert.setString(1, NAME);
                insert.setString(2, Base64.getEncoder().encodeToString(made));
                insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            } catch (SQLException exists) {
                if (!"23505".equals(exists.getSQLState())) {
                    throw exists;
                }
                // another instance made it at the same moment: read theirs, on a connection of its own
            }
            return read(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the shared device mark key", e);
        }
    }

    private static byte[] read(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT key_value FROM cluster_key WHERE name = ?")) {
            select.setString(1, NAME);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Base64.getDecoder().decode(row.getString(1)) : null;
            }
        }
    }
}
