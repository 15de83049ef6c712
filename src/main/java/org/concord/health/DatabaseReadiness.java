package org.concord.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.concord.database.ConcordDatabase;
import org.concord.database.Migrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Concord is ready when it can reach its database: the check {@value #NAME} is UP with the
 * database product and schema version, or DOWN when no valid connection comes, which makes
 * {@code /health/ready} answer 503 so that a load balancer or a test waits.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource(lookup = ConcordDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        return check(dataSource);
    }

    static HealthCheckResponse check(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(5)) {
                return down();
            }
            return new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP, Optional.of(Map.of(
                    "product", connection.getMetaData().getDatabaseProductName(),
                    "schemaVersion", Migrations.currentVersion(dataSource))));
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "the readiness check cannot reach the database", e);
            return down();
        }
    }

    private static HealthCheckResponse down() {
        return new HealthCheckResponse(NAME, HealthCheckResponse.Status.DOWN, Optional.empty());
    }
}
