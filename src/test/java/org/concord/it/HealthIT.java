package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.concord.database.MigrationFiles;
import org.junit.jupiter.api.Test;

/**
 * Payara Micro's MicroProfile Health endpoints, which it serves inside Concord (deployed at
 * {@code /}): open to all, ready with the database and its schema version, alive, and both
 * together at {@code /health}, with Concord's security headers and naming no server.
 */
class HealthIT {

    private static final ConcordServer SERVER = ConcordServer.get();

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(SERVER.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    @Test
    void readinessReportsTheDatabaseAndItsSchema() throws Exception {
        HttpResponse<String> response = get("/health/ready");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("UP", health.getString("status"));
        JsonObject database = check(health, "database");
        assertEquals("UP", database.getString("status"));
        assertEquals("H2", database.getJsonObject("data").getString("product"));
        assertEquals(MigrationFiles.latest(), database.getJsonObject("data").getString("schemaVersion"));
    }

    @Test
    void livenessAndTheWholeReportAnswer() throws Exception {
        HttpResponse<String> live = get("/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertEquals("UP", check(Json.createReader(new StringReader(live.body())).readObject(), "concord").getString("status"));

        HttpResponse<String> all = get("/health");
        assertEquals(200, all.statusCode(), all.body());
        JsonObject health = Json.createReader(new StringReader(all.body())).readObject();
        for (String name : List.of("concord", "database")) {
            assertEquals("UP", check(health, name).getString("status"), name);
        }
        for (HttpResponse<String> response : List.of(live, all)) {
            assertTrue(response.headers().firstValue("Server").isEmpty(), "names the server");
            assertFalse(response.headers().firstValue("X-Powered-By").isPresent());
            assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"));
        }
    }
}
