package org.concord.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases Concord's persistence is tested on: H2 (the embedded default) and a real
 * PostgreSQL started from a Maven dependency. {@link #fresh()} gives a new, empty database
 * each time, so tests never see each other's rows.
 */
public enum TestDatabase {
    H2 {
        @Override
        DataSource newDatabase(String name) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            return dataSource;
        }
    },
    POSTGRESQL {
        @Override
        DataSource newDatabase(String name) {
            EmbeddedPostgres server = Postgres.SERVER;
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + name, e);
            }
            return server.getDatabase("postgres", name);
        }
    };

    private static final AtomicInteger COUNT = new AtomicInteger();

    abstract DataSource newDatabase(String name);

    /** A new empty database, not yet migrated. */
    public DataSource empty() {
        return newDatabase("concord_test_" + COUNT.incrementAndGet());
    }

    /** A new database at the current schema. */
    public DataSource fresh() {
        DataSource dataSource = empty();
        Migrations.migrate(dataSource);
        return dataSource;
    }

    /** One PostgreSQL server for the whole test run, started on first use. */
    private static final class Postgres {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is ending anyway
                    }
                }));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
    }
}
