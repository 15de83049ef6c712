package org.concord.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.concord.database.MigrationFiles;
import org.concord.database.Migrations;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {

    @Test
    void aReachableDatabaseIsReadyWithItsProductAndSchemaVersion() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:readiness;DB_CLOSE_DELAY=-1");
        Migrations.migrate(database);

        HealthCheckResponse response = DatabaseReadiness.check(database);

        assertEquals("database", response.getName());
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals(Map.of("product", "H2", "schemaVersion", MigrationFiles.latest()), response.getData().orElseThrow());
    }

    @Test
    void anUnreachableDatabaseIsNotReady() {
        JdbcDataSource missing = new JdbcDataSource();
        missing.setURL("jdbc:h2:mem:no-such-database;IFEXISTS=TRUE");

        HealthCheckResponse response = DatabaseReadiness.check(missing);

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertTrue(response.getData().isEmpty());
    }

    @Test
    void concordIsAliveWhateverItsDatabase() {
        assertEquals(HealthCheckResponse.Status.UP, new Alive().call().getStatus());
    }
}
