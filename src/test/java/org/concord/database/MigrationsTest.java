package org.concord.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationsTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEmptyDatabaseIsBroughtToTheCurrentSchema(TestDatabase database) throws SQLException {
        DataSource dataSource = database.empty();

        var result = Migrations.migrate(dataSource);

        assertTrue(result.migrationsExecuted >= 1);
        assertEquals(ShippedMigrations.latest(), Migrations.currentVersion(dataSource), "every migration applied");
        assertTrue(tables(dataSource).containsAll(Set.of("account", "account_role", "audit_entry")));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migratingTwiceChangesNothing(TestDatabase database) {
        DataSource dataSource = database.fresh();

        assertEquals(0, Migrations.migrate(dataSource).migrationsExecuted);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewDatabaseHasNoSchemaVersion(TestDatabase database) {
        assertEquals("none", Migrations.currentVersion(database.empty()));
    }

    private static Set<String> tables(DataSource dataSource) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
