package org.concord.database;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the schema this version of Concord expects, by the Flyway migrations
 * in {@code db/migration} (V1__..., never edited once released). The same call serves the
 * server at start-up and the persistence tests, so both run on exactly the released schema.
 */
public final class Migrations {

    private Migrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /** The schema version a database is at, or "none" before the first migration. */
    public static String currentVersion(DataSource dataSource) {
        var current = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .info()
                .current();
        return current == null ? "none" : current.getVersion().getVersion();
    }
}
