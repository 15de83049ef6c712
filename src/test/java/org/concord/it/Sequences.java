package org.concord.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The next value of a database sequence, for the tests that write rows straight into Concord's
 * database: H2 (the single server) says {@code NEXT VALUE FOR seq}, PostgreSQL (the cluster)
 * {@code nextval('seq')}; the connection's product name picks the one to use.
 */
final class Sequences {

    private Sequences() {
    }

    /** The next value of {@code sequence} in the database {@code db} is connected to. */
    static long next(Connection db, String sequence) throws SQLException {
        String sql = "PostgreSQL".equals(db.getMetaData().getDatabaseProductName())
                ? "SELECT nextval('" + sequence + "')"
                : "SELECT NEXT VALUE FOR " + sequence;
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
