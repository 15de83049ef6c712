package org.concord.database;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * Declares the application's pooled data source, {@code java:app/jdbc/concord}, that the
 * persistence unit and the migrations use. The connections come from
 * {@link ConfiguredDataSource}, which reads the database settings when it connects.
 */
@DataSourceDefinition(
        name = ConcordDatabase.JNDI_NAME,
        className = "org.concord.database.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 20,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
public final class ConcordDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/concord";

    private ConcordDatabase() {
    }
}
