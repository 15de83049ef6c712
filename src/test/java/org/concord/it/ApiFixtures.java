package org.concord.it;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.concord.database.Container;
import org.concord.security.ApiTokenService;
import org.concord.security.Caller;
import org.concord.security.Role;

/**
 * Accounts and personal API tokens for the REST API tests, made on the running server's own
 * database (an account per role, each with a token, and helpers for expired and revoked ones),
 * and requests carrying a token as {@code Authorization: Bearer}.
 */
final class ApiFixtures {

    static final String PASSWORD = "api-test-password-1234";

    private final ConcordServer server;
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);

    ApiFixtures(ConcordServer server) {
        this.server = server;
        for (Role role : Role.values()) {
            tokens.put(role, token(account(role.name().toLowerCase(java.util.Locale.ROOT), role), LocalDate.now(ZoneOffset.UTC)
                    .plusDays(30)));
        }
    }

    /** A new account with {@code role}, named {@code api-<what>-<suffix>}. */
    String account(String what, Role... roles) {
        String username = "api-" + what + "-" + suffix;
        server.createAccount(username, PASSWORD, roles);
        return username;
    }

    /** A new token of {@code username}, valid until the end of {@code expiresOn}. */
    String token(String username, LocalDate expiresOn) {
        try (Container container = ServerJpa.open(server)) {
            Caller owner = container.get(org.concord.security.AccountService.class).caller(username).orElseThrow();
            return container.get(ApiTokenService.class).create(owner, "test " + username, expiresOn).secret();
        }
    }

    /** A token of {@code username} that expired yesterday (made while its clock was two days back). */
    String expiredToken(String username) {
        try (Container container = ServerJpa.open(server)) {
            container.clock(Clock.offset(Clock.systemUTC(), Duration.ofDays(-2)));
            Caller owner = container.get(org.concord.security.AccountService.class).caller(username).orElseThrow();
            return container.get(ApiTokenService.class).create(owner, "old", LocalDate.now(ZoneOffset.UTC).minusDays(2))
                    .secret();
        }
    }

    /** A token of {@code username}, revoked by them. */
    String revokedToken(String username) {
        try (Container container = ServerJpa.open(server)) {
            Caller owner = container.get(org.concord.security.AccountService.class).caller(username).orElseThrow();
            ApiTokenService service = container.get(ApiTokenService.class);
            ApiTokenService.IssuedToken issued = service.create(owner, "revoked", LocalDate.now(ZoneOffset.UTC).plusDays(5));
            service.revoke(owner, issued.token().id());
            return issued.secret();
        }
    }

    /** The token of the account made for {@code role}. */
    String token(Role role) {
        return tokens.get(role);
    }

    String suffix() {
        return suffix;
    }

    /** A request to the API as the account of {@code role}. */
    RequestSpecification as(Role role) {
        return with(token(role));
    }

    /** The username of the account made for {@code role}. */
    String username(Role role) {
        return "api-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + suffix;
    }

    /** A request to the API with {@code token}. */
    RequestSpecification with(String token) {
        return given().baseUri(server.url("")).basePath("/api/v1").header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en");
    }

    /** One number from the server's database. */
    long count(String sql, Object... parameters) {
        return new Db(server).count(sql, parameters);
    }

    /** Counting rows of the server's database, for tests that make no accounts. */
    record Db(ConcordServer server) {

        long count(String sql, Object... parameters) {
            try (Connection db = server.database(); PreparedStatement query = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

}
