package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.security.PasswordHash;
import org.junit.jupiter.api.Test;

/** The first start on an empty database: an administrator with a password printed once, stored hashed. */
class FirstStartIT {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("password:\\s+(\\S+)");

    @Test
    void theGeneratedAdministratorPasswordIsPrintedOnceAndStoredOnlyAsAHash() throws Exception {
        ConcordServer server = ConcordServer.get();
        Matcher printed = PRINTED_PASSWORD.matcher(server.log());
        assertTrue(printed.find(), "the first start prints the administrator's password");
        String password = printed.group(1);
        assertFalse(printed.find(), "the password is printed once only");

        try (Connection db = server.database();
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT password_hash, must_change_password FROM account WHERE username = 'admin'")) {
            assertTrue(rs.next());
            String hash = rs.getString(1);
            assertFalse(hash.contains(password));
            assertTrue(PasswordHash.verify(password.toCharArray(), hash));
            assertTrue(rs.getBoolean(2), "the administrator must change the generated password");
        }
    }

    @Test
    void aRestartOnTheSameDatabaseCreatesNoSecondAdministratorAndPrintsNoPassword() throws Exception {
        ConcordServer server = ConcordServer.get();

        server.restart();

        Matcher printed = PRINTED_PASSWORD.matcher(server.log());
        assertTrue(printed.find());
        assertFalse(printed.find(), "no password is printed at a later start");
        try (Connection db = server.database();
             ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM account")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void theHealthEndpointReportsTheDatabaseAndItsSchema() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(ConcordServer.get().url("/api/health"))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
        assertTrue(response.body().contains("\"schemaVersion\":\"" + org.concord.database.ShippedMigrations.latest() + "\""),
                response.body());
    }
}
