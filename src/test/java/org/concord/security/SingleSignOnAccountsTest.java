package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Single sign-on's side in Concord, on H2 and on PostgreSQL: a person the provider vouches for
 * gets an account linked to their subject at the first sign-in and the same one afterwards
 * (never one found by a name the provider merely asserts: a local account of that name is left
 * alone), takes the roles the provider gives now, and is refused without a role or when the
 * account is disabled; and the configured mapping from group values to roles.
 */
class SingleSignOnAccountsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    private static final String ISSUER = "https://id.example.org/realms/staff";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theFirstSignInMakesALinkedAccountAndLaterOnesFindItByItsSubject(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            AccountService accounts = container.get(AccountService.class);
            accounts.create("admin", "sam", "Sam Local", Set.of(Role.RECRUITER));

            Caller first = accounts.signInThroughProvider(ISSUER, "subject-42", "sam", "Sam Provider", Set.of(Role.HR)).orElseThrow();

            assertEquals("sam-2", first.username(), "the local account named sam is not taken over");
            assertEquals(EnumSet.of(Role.HR), first.roles());
            assertFalse(first.mustChangePassword());
            assertEquals(EnumSet.of(Role.RECRUITER), accounts.find("sam").orElseThrow().getRoles());
            assertTrue(accounts.find("sam-2").orElseThrow().isSingleSignOn());
            assertFalse(accounts.find("sam").orElseThrow().isSingleSignOn());
            assertEquals(1, container.get(AuditTrail.class).entriesFor("account.sso-created").size());

            Caller again = accounts.signInThroughProvider(ISSUER, "subject-42", "renamed", "Sam P.", Set.of(Role.MANAGER, Role.HR))
                    .orElseThrow();
            assertEquals("sam-2", again.username(), "found by issuer and subject, whatever name is suggested now");
            assertEquals(EnumSet.of(Role.MANAGER, Role.HR), again.roles(), "the provider's roles of today");
            assertEquals(1, container.get(AuditTrail.class).entriesFor("account.sso-created").size());

            Caller otherIssuer = accounts.signInThroughProvider("https://elsewhere.example.org", "subject-42", "sam", null,
                    Set.of(Role.HR)).orElseThrow();
            assertEquals("sam-3", otherIssuer.username(), "the same subject at another provider is another person");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void noRoleOrADisabledAccountIsRefusedAndAudited(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            AccountService accounts = container.get(AccountService.class);

            assertTrue(accounts.signInThroughProvider(ISSUER, "nobody", "nora", "Nora", Set.of()).isEmpty());
            assertTrue(accounts.find("nora").isEmpty(), "no account for a person without a role");
            assertEquals(1, container.get(AuditTrail.class).entriesFor("sign-in.sso-refused").size());

            accounts.signInThroughProvider(ISSUER, "dora", "dora", "Dora", Set.of(Role.HR)).orElseThrow();
            accounts.disable("admin", "dora");
            assertTrue(accounts.signInThroughProvider(ISSUER, "dora", "dora", "Dora", Set.of(Role.HR)).isEmpty());
        }
    }

    @Test
    void groupValuesMapToRolesAsConfiguredOrByTheirNames() throws Exception {
        try (Container container = new Container(TestDatabase.H2.fresh(), CLOCK,
                Map.of("concord.oidc.roles", "staff-hr:HR, Staff-Admins:admin, broken, x:NOT_A_ROLE"))) {
            SingleSignOn sso = new SingleSignOn();
            assertEquals(EnumSet.of(Role.HR, Role.ADMIN), sso.roles(List.of("STAFF-HR", "staff-admins", "hr", "x")));
            assertEquals(EnumSet.noneOf(Role.class), sso.roles(List.of("recruiter")));
            assertFalse(sso.isEnabled(), "no issuer: single sign-on is off");
            container.set("concord.oidc.issuer", ISSUER);
            assertTrue(sso.isEnabled());
            container.set("concord.oidc.roles", "");
            assertEquals(EnumSet.of(Role.RECRUITER, Role.MANAGER), sso.roles(List.of("Recruiter", "manager", "boss")));
        }
    }
}
