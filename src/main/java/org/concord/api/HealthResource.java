package org.concord.api;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.concord.database.ConcordDatabase;
import org.concord.database.Migrations;

/**
 * {@code GET /api/health}: whether Concord can reach its database, which database it is and at
 * which schema version. 200 with status UP when it can, 503 with status DOWN when it cannot,
 * so a load balancer or a test can wait for it.
 */
@Path("health")
public class HealthResource {

    private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());

    @Resource(lookup = ConcordDatabase.JNDI_NAME)
    private DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(5);
            JsonObject database = Json.createObjectBuilder()
                    .add("status", valid ? "UP" : "DOWN")
                    .add("product", connection.getMetaData().getDatabaseProductName())
                    .add("schemaVersion", Migrations.currentVersion(dataSource))
                    .build();
            return respond(valid, database);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "health check cannot reach the database", e);
            return respond(false, Json.createObjectBuilder().add("status", "DOWN").build());
        }
    }

    private static Response respond(boolean up, JsonObject database) {
        JsonObject body = Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("database", database)
                .build();
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }
}
