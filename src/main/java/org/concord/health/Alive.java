package org.concord.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Concord's liveness: UP whenever it is deployed and its checks can be called, so
 * {@code /health/live} tells a supervisor to restart the server only when it no longer answers.
 * The database is for readiness ({@link DatabaseReadiness}): a database down is no reason to restart.
 */
@Liveness
@ApplicationScoped
public class Alive implements HealthCheck {

    static final String NAME = "concord";

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP, Optional.empty());
    }
}
