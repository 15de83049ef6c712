package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.kernel.AccessToken;
import org.concord.kernel.Refusal;
import org.concord.security.ApiTokenService.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Personal API tokens: made, stored hashed, accepted with the owner's roles of now, refused expired, revoked or disabled. */
class ApiTokenServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Caller hr(Container container) {
        container.get(AccountService.class).create("admin", "hana", "Hana HR", EnumSet.of(Role.HR));
        return container.get(AccountService.class).caller("hana").orElseThrow();
    }

    private static long count(Container container, String sql) {
        return container.inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTokenIsStoredOnlyAsItsSha256AndActsForItsOwnerWithTheirRoles(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            Caller owner = hr(container);
            ApiTokenService tokens = container.get(ApiTokenService.class);

            ApiTokenService.IssuedToken issued = tokens.create(owner, "HR system", TODAY.plusDays(30));

            assertTrue(issued.secret().startsWith(ApiTokenService.PREFIX));
            String stored = container.inTransaction(em -> (String) em.createNativeQuery(
                    "SELECT token_hash FROM api_token").getSingleResult());
            assertEquals(AccessToken.hash(issued.secret()), stored);
            assertNotEquals(issued.secret(), stored);
            ApiTokenService.Authentication accepted = tokens.authenticate(issued.secret());
            assertEquals(Verdict.ACCEPTED, accepted.verdict());
            assertEquals("hana", accepted.caller().username());
            assertEquals(EnumSet.of(Role.HR), EnumSet.copyOf(accepted.caller().roles()));
            assertEquals(CLOCK.instant(), tokens.tokensOf(owner).get(0).lastUsedAt());
            assertEquals(1, container.get(AuditTrail.class).entriesFor("api-token.created").size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rolesChangedAfterTheTokenWasMadeApplyAtTheNextCall(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            Caller owner = hr(container);
            ApiTokenService tokens = container.get(ApiTokenService.class);
            String secret = tokens.create(owner, "sync", TODAY.plusDays(30)).secret();

            container.get(AccountService.class).changeRoles("admin", "hana", EnumSet.of(Role.MANAGER));

            assertEquals(EnumSet.of(Role.MANAGER), EnumSet.copyOf(tokens.authenticate(secret).caller().roles()));
            container.get(AccountService.class).disable("admin", "hana");
            assertEquals(Verdict.OWNER_UNAVAILABLE, tokens.authenticate(secret).verdict());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anExpiredTokenIsRefusedAndTheRefusalAudited(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            Caller owner = hr(container);
            ApiTokenService tokens = container.get(ApiTokenService.class);
            String secret = tokens.create(owner, "short", TODAY).secret();
            assertEquals(Verdict.ACCEPTED, tokens.authenticate(secret).verdict());

            container.clock(Clock.offset(CLOCK, Duration.ofDays(1)));

            assertEquals(Verdict.EXPIRED, tokens.authenticate(secret).verdict());
            assertTrue(tokens.authenticate(secret).accepted().isEmpty());
            assertEquals("expired", container.get(AuditTrail.class).entriesFor("api-token.refused").get(0).getDetail());
            assertFalse(tokens.tokensOf(owner).get(0).usable());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRevokedTokenIsRefusedForGoodAndOnlyItsOwnerMayRevokeIt(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            Caller owner = hr(container);
            container.get(AccountService.class).create("admin", "rita", "Rita Recruiter", EnumSet.of(Role.RECRUITER));
            Caller other = container.get(AccountService.class).caller("rita").orElseThrow();
            ApiTokenService tokens = container.get(ApiTokenService.class);
            ApiTokenService.IssuedToken issued = tokens.create(owner, "sync", TODAY.plusDays(30));

            Refusal notYours = assertThrows(Refusal.class, () -> tokens.revoke(other, issued.token().id()));
            assertEquals(Refusal.Kind.NOT_FOUND, notYours.kind());
            assertEquals(Verdict.ACCEPTED, tokens.authenticate(issued.secret()).verdict());

            tokens.revoke(owner, issued.token().id());
            tokens.revoke(owner, issued.token().id());

            assertEquals(Verdict.REVOKED, tokens.authenticate(issued.secret()).verdict());
            assertEquals(1, container.get(AuditTrail.class).entriesFor("api-token.revoked").size());
            assertEquals(CLOCK.instant(), tokens.tokensOf(owner).get(0).revokedAt());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void unknownOrMalformedSecretsOpenNothingAndAreNotAudited(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            hr(container);
            ApiTokenService tokens = container.get(ApiTokenService.class);

            for (String secret : List.of("", "Bearer", "concord_short", ApiTokenService.PREFIX + AccessToken.newToken(),
                    AccessToken.newToken())) {
                assertEquals(Verdict.UNKNOWN, tokens.authenticate(secret).verdict(), secret);
            }
            assertEquals(Verdict.UNKNOWN, tokens.authenticate(null).verdict());
            assertTrue(container.get(AuditTrail.class).entriesFor("api-token.refused").isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTokenNeedsANameAndAnExpiryWithinAYearAndNothingIsStoredOtherwise(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            Caller owner = hr(container);
            ApiTokenService tokens = container.get(ApiTokenService.class);

            assertEquals("name", assertThrows(Refusal.class, () -> tokens.create(owner, " ", TODAY.plusDays(1))).field());
            assertEquals("name", assertThrows(Refusal.class,
                    () -> tokens.create(owner, "x".repeat(101), TODAY.plusDays(1))).field());
            assertEquals("expiresOn", assertThrows(Refusal.class, () -> tokens.create(owner, "a", null)).field());
            assertEquals("expiresOn", assertThrows(Refusal.class,
                    () -> tokens.create(owner, "a", TODAY.minusDays(1))).field());
            assertEquals("expiresOn", assertThrows(Refusal.class,
                    () -> tokens.create(owner, "a", TODAY.plusDays(ApiTokenService.MAX_DAYS + 1))).field());

            assertEquals(0, count(container, "SELECT COUNT(*) FROM api_token"));
            assertTrue(container.get(AuditTrail.class).entriesFor("api-token.created").isEmpty());
        }
    }
}
