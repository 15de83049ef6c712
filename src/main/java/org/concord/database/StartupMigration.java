package org.concord.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Migrates the database when Concord starts, before anything reads or writes it. A database
 * that cannot be migrated stops the deployment: Concord never runs on a schema it does not know.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupMigration {

    private static final Logger LOG = Logger.getLogger(StartupMigration.class.getName());

    @Resource(lookup = ConcordDatabase.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Migrations.migrate(dataSource);
        LOG.info(() -> "Database " + redacted(ConfiguredDataSource.url()) + " is at schema version "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : Migrations.currentVersion(dataSource))
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The URL without its query part, which may hold a password. */
    static String redacted(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
