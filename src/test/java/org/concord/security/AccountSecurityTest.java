package org.concord.security;

import org.concord.kernel.Refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.concord.database.Jpa;
import org.concord.database.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sign-in, password changes and account administration through AccountService, on
 * H2 and PostgreSQL, with a clock the test moves; each asserts what the database and the audit
 * trail hold afterwards.
 */
class AccountSecurityTest {

    private static final Instant NINE = Instant.parse("2026-11-26T09:00:00Z");
    private static final String ANNA_PASSWORD = "anna's own password";

    /** The service as of {@code now}, in one transaction of {@code jpa}. */
    private static <T> T at(Jpa jpa, Instant now, Function<AccountService, T> work) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return jpa.inTransaction(em -> work.apply(new AccountService(em, new AuditTrail(em, clock), clock, PlatformPasswords.passwords())));
    }

    private static <T> T service(Jpa jpa, Function<AccountService, T> work) {
        return at(jpa, NINE, work);
    }

    /** A database with the first administrator, a second administrator and Anna (HR) who chose her password. */
    private static Jpa withAccounts(TestDatabase database) {
        Jpa jpa = new Jpa(database.fresh());
        service(jpa, AccountService::createFirstAdministrator);
        jpa.inTransaction(em -> {
            em.persist(new Account("anna", "Anna", PlatformPasswords.hash(ANNA_PASSWORD), EnumSet.of(Role.HR), NINE));
            em.persist(new Account("boss", "Boss", PlatformPasswords.hash("boss password"), EnumSet.of(Role.ADMIN), NINE));
            return null;
        });
        return jpa;
    }

    private static List<AuditEntry> audit(Jpa jpa, String action) {
        return jpa.inTransaction((EntityManager em) -> new AuditTrail(em, Clock.systemUTC()).entriesFor(action));
    }

    private static SignInResult signIn(Jpa jpa, Instant at, String password) {
        return at(jpa, at, s -> s.signIn("anna", password.toCharArray()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theRightPasswordSignsInWithTheRolesAndIsAudited(TestDatabase database) {
        try (Jpa jpa = withAccounts(database)) {
            SignInResult result = signIn(jpa, NINE, ANNA_PASSWORD);

            assertTrue(result.isSignedIn());
            assertEquals(new Caller("anna", "Anna", EnumSet.of(Role.HR), false), result.caller().orElseThrow());
            assertEquals(NINE, service(jpa, s -> s.find("anna")).orElseThrow().getLastSignedInAt());
            List<AuditEntry> entries = audit(jpa, "sign-in");
            assertEquals(1, entries.size());
            assertEquals("anna", entries.get(0).getActor());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void wrongPasswordsNeverLockTheAccount(TestDatabase database) {
        try (Jpa jpa = withAccounts(database)) {
            for (int i = 1; i <= 20; i++) {
                assertEquals(SignInResult.Outcome.REFUSED, signIn(jpa, NINE.plusSeconds(i), "wrong").outcome());
            }
            assertTrue(signIn(jpa, NINE.plusSeconds(21), ANNA_PASSWORD).isSignedIn(),
                    "the owner's right password works whatever others tried (the throttle slows them earlier)");
            assertEquals(20, audit(jpa, "sign-in.failed").size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownNameAndAWrongPasswordGetTheSameAnswer(TestDatabase database) {
        try (Jpa jpa = withAccounts(database)) {
            for (int i = 0; i < 8; i++) {
                SignInResult known = signIn(jpa, NINE, "wrong");
                SignInResult unknown = service(jpa, s -> s.signIn("nobody-here", "wrong".toCharArray()));
                assertEquals(known, unknown);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPasswordChangeOrResetRaisesTheSessionEpoch(TestDatabase database) {
        try (Jpa jpa = withAccounts(database)) {
            assertEquals(0, signIn(jpa, NINE, ANNA_PASSWORD).caller().orElseThrow().sessionEpoch());
            int changed = service(jpa, s -> s.changePassword("anna", ANNA_PASSWORD.toCharArray(),
                    "violet tractor mumbles".toCharArray(), "violet tractor mumbles".toCharArray()));
            assertEquals(1, changed);
            assertEquals(1, service(jpa, s -> s.caller("anna")).orElseThrow().sessionEpoch());
            service(jpa, s -> s.resetPassword("boss", "anna"));
            assertEquals(2, service(jpa, s -> s.caller("anna")).orElseThrow().sessionEpoch());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownUserNameIsRefusedAndAuditedWithoutTheNameTyped(TestDatabase database) {
        try (Jpa jpa = withAccounts(database)) {
            SignInResult result = service(jpa, s -> s.signIn("my-secret-password", "x".toCharArray()));

            assertEquals(SignInResult.Outcome.REFUSED, result.outcome());
            AuditEntry entry = audit(jpa, "sign-in.failed").get(0);
            assertEquals(AccountService.ANONYMOUS, entry.getActor());
            assertEquals(null, entry.getSubject());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDisabledAccountCannotSignInAndIsNoLongerACaller(TestDatabase database) {
        try (Jpa jpa = withAccounts(database)) {
            service(jpa, s -> {
                s.disable("boss", "anna");
                return null;
            });

            assertEquals(SignInResult.Outcome.REFUSED, signIn(jpa, NINE, ANNA_PASSWORD).outcome());
            assertTrue(service(jpa, s -> s.caller("anna")).isEmpty());

            service(jpa, s -> {
                s.enable("boss", "anna");
                return null;
            });
            assertTrue(signIn(jpa, NINE, ANNA_PASSWORD).isSignedIn());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPasswordChangeNeedsTheCurrentPasswordAndFollowsTheRules(TestDatabase database) {
        try (Jpa jpa = withAccounts(database)) {
            Refusal wrongCurrent = assertThrows(Refusal.class, () -> service(jpa, s -> {
                s.changePassword("anna", "not it".toCharArray(), "violet tractor mumbles".toCharArray(), "violet tractor mumbles".toCharArray());
                return null;
            }));
            assertEquals(List.of("password.problem.current"), wrongCurrent.keys());
            Refusal tooShort = assertThrows(Refusal.class, () -> service(jpa, s -> {
                s.changePassword("anna", ANNA_PASSWORD.toCharArray(), "short".toCharArray(), "short".toCharArray());
                return null;
            }));
            assertEquals(List.of("password.problem.tooShort"), tooShort.keys());

            service(jpa, s -> {
                s.changePassword("anna", ANNA_PASSWORD.toCharArray(), "violet tractor mumbles".toCharArray(), "violet tractor mumbles".toCharArray());
                return null;
            });

            assertFalse(signIn(jpa, NINE, ANNA_PASSWORD).isSignedIn());
            assertTrue(signIn(jpa, NINE, "violet tractor mumbles").isSignedIn());
            assertEquals(1, audit(jpa, "password.changed").size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theFirstAdministratorMustChangeThePasswordThenNeedNot(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            char[] generated = service(jpa, AccountService::createFirstAdministrator).orElseThrow();

            Caller admin = service(jpa, s -> s.signIn("admin", generated)).caller().orElseThrow();
            assertTrue(admin.mustChangePassword());

            service(jpa, s -> {
                s.changePassword("admin", generated, "ochre lantern wobbles".toCharArray(), "ochre lantern wobbles".toCharArray());
                return null;
            });
            assertFalse(service(jpa, s -> s.caller("admin")).orElseThrow().mustChangePassword());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCreatedAccountGetsAOneTimePasswordToChangeAtFirstSignIn(TestDatabase database) {
        try (Jpa jpa = withAccounts(database)) {
            char[] oneTime = service(jpa, s -> s.create("boss", "rita", "Rita Recruiter", EnumSet.of(Role.RECRUITER, Role.MANAGER)));

            SignInResult rita = service(jpa, s -> s.signIn("rita", oneTime));
            assertTrue(rita.isSignedIn());
            assertEquals(EnumSet.of(Role.RECRUITER, Role.MANAGER), rita.caller().orElseThrow().roles());
            assertTrue(rita.caller().orElseThrow().mustChangePassword());
            AuditEntry created = audit(jpa, "account.created").get(1);
            assertEquals("boss", created.getActor());
            assertEquals("rita", created.getSubject());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void creatingRefusesATakenNameABadNameAndNoRole(TestDatabase database) {
        try (Jpa jpa = withAccounts(database)) {
            assertEquals(List.of("accounts.problem.taken"), assertThrows(Refusal.class,
                    () -> service(jpa, s -> s.create("boss", "anna", "Anna 2", EnumSet.of(Role.HR)))).keys());
            assertEquals(List.of("accounts.problem.username"), assertThrows(Refusal.class,
                    () -> service(jpa, s -> s.create("boss", "anna smith", "Anna", EnumSet.of(Role.HR)))).keys());
            assertEquals(List.of("accounts.problem.noRole"), assertThrows(Refusal.class,
                    () -> service(jpa, s -> s.create("boss", "newbie", "Newbie", EnumSet.noneOf(Role.class)))).keys());
            assertEquals(3L, service(jpa, AccountService::count));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rolesAreChangedAndAudited(TestDatabase database) {
        try (Jpa jpa = withAccounts(database)) {
            service(jpa, s -> {
                s.changeRoles("boss", "anna", EnumSet.of(Role.MANAGER, Role.HR));
                return null;
            });

            assertEquals(EnumSet.of(Role.HR, Role.MANAGER), service(jpa, s -> s.caller("anna")).orElseThrow().roles());
            assertEquals("[HR] -> [HR, MANAGER]", audit(jpa, "account.roles-changed").get(0).getDetail());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aResetPasswordWorksOnceChanged(TestDatabase database) {
        try (Jpa jpa = withAccounts(database)) {
            for (int i = 0; i < 5; i++) {
                signIn(jpa, NINE, "wrong");
            }

            char[] oneTime = service(jpa, s -> s.resetPassword("boss", "anna"));

            SignInResult anna = service(jpa, s -> s.signIn("anna", oneTime));
            assertTrue(anna.isSignedIn());
            assertTrue(anna.caller().orElseThrow().mustChangePassword());
            assertEquals(1, audit(jpa, "account.password-reset").size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nobodyRemovesTheirOwnAccessOrTheLastAdministrator(TestDatabase database) {
        try (Jpa jpa = withAccounts(database)) {
            assertEquals(List.of("accounts.problem.self"), assertThrows(Refusal.class,
                    () -> service(jpa, s -> runs(() -> s.delete("boss", "boss")))).keys());
            assertEquals(List.of("accounts.problem.self"), assertThrows(Refusal.class,
                    () -> service(jpa, s -> runs(() -> s.changeRoles("boss", "boss", EnumSet.of(Role.HR))))).keys());

            service(jpa, s -> runs(() -> s.disable("boss", "admin")));

            assertEquals(List.of("accounts.problem.lastAdministrator"), assertThrows(Refusal.class,
                    () -> service(jpa, s -> runs(() -> s.changeRoles("anna", "boss", EnumSet.of(Role.HR))))).keys());
            assertEquals(List.of("accounts.problem.lastAdministrator"), assertThrows(Refusal.class,
                    () -> service(jpa, s -> runs(() -> s.delete("anna", "boss")))).keys());
            assertTrue(service(jpa, s -> s.caller("boss")).orElseThrow().hasRole(Role.ADMIN));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDeletedAccountIsGoneButItsHistoryStays(TestDatabase database) {
        try (Jpa jpa = withAccounts(database)) {
            signIn(jpa, NINE, ANNA_PASSWORD);

            service(jpa, s -> runs(() -> s.delete("boss", "anna")));

            assertTrue(service(jpa, s -> s.find("anna")).isEmpty());
            assertEquals(1, audit(jpa, "sign-in").size());
            assertEquals("roles [HR]", audit(jpa, "account.deleted").get(0).getDetail());
            assertEquals(List.of("admin", "boss"), service(jpa, AccountService::list).stream().map(AccountSummary::username).toList());
        }
    }

    private static Void runs(Runnable change) {
        change.run();
        return null;
    }
}
