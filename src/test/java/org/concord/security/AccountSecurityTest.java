package org.concord.security;

import org.concord.kernel.Refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.concord.database.Container;
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

    /** The service as of {@code now}. */
    private static <T> T at(Container container, Instant now, Function<AccountService, T> work) {
        container.clock(Clock.fixed(now, ZoneOffset.UTC));
        return work.apply(container.get(AccountService.class));
    }

    private static <T> T service(Container container, Function<AccountService, T> work) {
        return at(container, NINE, work);
    }

    /** A database with the first administrator, a second administrator and Anna (HR) who chose her password. */
    private static Container withAccounts(TestDatabase database) {
        Container container = new Container(database.fresh(), Clock.fixed(NINE, ZoneOffset.UTC));
        service(container, AccountService::createFirstAdministrator);
        container.inTransaction(em -> {
            em.persist(new Account("anna", "Anna", PlatformPasswords.hash(ANNA_PASSWORD), EnumSet.of(Role.HR), NINE));
            em.persist(new Account("boss", "Boss", PlatformPasswords.hash("boss password"), EnumSet.of(Role.ADMIN), NINE));
            return null;
        });
        return container;
    }

    private static List<AuditEntry> audit(Container container, String action) {
        return container.get(AuditTrail.class).entriesFor(action);
    }

    private static SignInResult signIn(Container container, Instant at, String password) {
        return at(container, at, s -> s.signIn("anna", password.toCharArray()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theRightPasswordSignsInWithTheRolesAndIsAudited(TestDatabase database) {
        try (Container container = withAccounts(database)) {
            SignInResult result = signIn(container, NINE, ANNA_PASSWORD);

            assertTrue(result.isSignedIn());
            assertEquals(new Caller("anna", "Anna", EnumSet.of(Role.HR), false), result.caller().orElseThrow());
            assertEquals(NINE, service(container, s -> s.find("anna")).orElseThrow().getLastSignedInAt());
            List<AuditEntry> entries = audit(container, "sign-in");
            assertEquals(1, entries.size());
            assertEquals("anna", entries.get(0).getActor());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void wrongPasswordsNeverLockTheAccount(TestDatabase database) {
        try (Container container = withAccounts(database)) {
            for (int i = 1; i <= 20; i++) {
                assertEquals(SignInResult.Outcome.REFUSED, signIn(container, NINE.plusSeconds(i), "wrong").outcome());
            }
            assertTrue(signIn(container, NINE.plusSeconds(21), ANNA_PASSWORD).isSignedIn(),
                    "the owner's right password works whatever others tried (the throttle slows them earlier)");
            assertEquals(20, audit(container, "sign-in.failed").size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownNameAndAWrongPasswordGetTheSameAnswer(TestDatabase database) {
        try (Container container = withAccounts(database)) {
            for (int i = 0; i < 8; i++) {
                SignInResult known = signIn(container, NINE, "wrong");
                SignInResult unknown = service(container, s -> s.signIn("nobody-here", "wrong".toCharArray()));
                assertEquals(known, unknown);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPasswordChangeOrResetRaisesTheSessionEpoch(TestDatabase database) {
        try (Container container = withAccounts(database)) {
            assertEquals(0, signIn(container, NINE, ANNA_PASSWORD).caller().orElseThrow().sessionEpoch());
            int changed = service(container, s -> s.changePassword("anna", ANNA_PASSWORD.toCharArray(),
                    "violet tractor mumbles".toCharArray(), "violet tractor mumbles".toCharArray()));
            assertEquals(1, changed);
            assertEquals(1, service(container, s -> s.caller("anna")).orElseThrow().sessionEpoch());
            service(container, s -> s.resetPassword("boss", "anna"));
            assertEquals(2, service(container, s -> s.caller("anna")).orElseThrow().sessionEpoch());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownUserNameIsRefusedAndAuditedWithoutTheNameTyped(TestDatabase database) {
        try (Container container = withAccounts(database)) {
            SignInResult result = service(container, s -> s.signIn("my-secret-password", "x".toCharArray()));

            assertEquals(SignInResult.Outcome.REFUSED, result.outcome());
            AuditEntry entry = audit(container, "sign-in.failed").get(0);
            assertEquals(AccountService.ANONYMOUS, entry.getActor());
            assertEquals(null, entry.getSubject());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDisabledAccountCannotSignInAndIsNoLongerACaller(TestDatabase database) {
        try (Container container = withAccounts(database)) {
            service(container, s -> {
                s.disable("boss", "anna");
                return null;
            });

            assertEquals(SignInResult.Outcome.REFUSED, signIn(container, NINE, ANNA_PASSWORD).outcome());
            assertTrue(service(container, s -> s.caller("anna")).isEmpty());

            service(container, s -> {
                s.enable("boss", "anna");
                return null;
            });
            assertTrue(signIn(container, NINE, ANNA_PASSWORD).isSignedIn());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPasswordChangeNeedsTheCurrentPasswordAndFollowsTheRules(TestDatabase database) {
        try (Container container = withAccounts(database)) {
            Refusal wrongCurrent = assertThrows(Refusal.class, () -> service(container, s -> {
                s.changePassword("anna", "not it".toCharArray(), "violet tractor mumbles".toCharArray(), "violet tractor mumbles".toCharArray());
                return null;
            }));
            assertEquals(List.of("password.problem.current"), wrongCurrent.keys());
            Refusal tooShort = assertThrows(Refusal.class, () -> service(container, s -> {
                s.changePassword("anna", ANNA_PASSWORD.toCharArray(), "short".toCharArray(), "short".toCharArray());
                return null;
            }));
            assertEquals(List.of("password.problem.tooShort"), tooShort.keys());

            service(container, s -> {
                s.changePassword("anna", ANNA_PASSWORD.toCharArray(), "violet tractor mumbles".toCharArray(), "violet tractor mumbles".toCharArray());
                return null;
            });

            assertFalse(signIn(container, NINE, ANNA_PASSWORD).isSignedIn());
            assertTrue(signIn(container, NINE, "violet tractor mumbles").isSignedIn());
            assertEquals(1, audit(container, "password.changed").size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theFirstAdministratorMustChangeThePasswordThenNeedNot(TestDatabase database) {
        try (Container container = new Container(database.fresh(), Clock.fixed(NINE, ZoneOffset.UTC))) {
            char[] generated = service(container, AccountService::createFirstAdministrator).orElseThrow();

            Caller admin = service(container, s -> s.signIn("admin", generated)).caller().orElseThrow();
            assertTrue(admin.mustChangePassword());

            service(container, s -> {
                s.changePassword("admin", generated, "ochre lantern wobbles".toCharArray(), "ochre lantern wobbles".toCharArray());
                return null;
            });
            assertFalse(service(container, s -> s.caller("admin")).orElseThrow().mustChangePassword());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCreatedAccountGetsAOneTimePasswordToChangeAtFirstSignIn(TestDatabase database) {
        try (Container container = withAccounts(database)) {
            char[] oneTime = service(container, s -> s.create("boss", "rita", "Rita Recruiter", EnumSet.of(Role.RECRUITER, Role.MANAGER)));

            SignInResult rita = service(container, s -> s.signIn("rita", oneTime));
            assertTrue(rita.isSignedIn());
            assertEquals(EnumSet.of(Role.RECRUITER, Role.MANAGER), rita.caller().orElseThrow().roles());
            assertTrue(rita.caller().orElseThrow().mustChangePassword());
            AuditEntry created = audit(container, "account.created").get(1);
            assertEquals("boss", created.getActor());
            assertEquals("rita", created.getSubject());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void creatingRefusesATakenNameABadNameAndNoRole(TestDatabase database) {
        try (Container container = withAccounts(database)) {
            assertEquals(List.of("accounts.problem.taken"), assertThrows(Refusal.class,
                    () -> service(container, s -> s.create("boss", "anna", "Anna 2", EnumSet.of(Role.HR)))).keys());
            assertEquals(List.of("accounts.problem.username"), assertThrows(Refusal.class,
                    () -> service(container, s -> s.create("boss", "anna smith", "Anna", EnumSet.of(Role.HR)))).keys());
            assertEquals(List.of("accounts.problem.noRole"), assertThrows(Refusal.class,
                    () -> service(container, s -> s.create("boss", "newbie", "Newbie", EnumSet.noneOf(Role.class)))).keys());
            assertEquals(3L, service(container, AccountService::count));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rolesAreChangedAndAudited(TestDatabase database) {
        try (Container container = withAccounts(database)) {
            service(container, s -> {
                s.changeRoles("boss", "anna", EnumSet.of(Role.MANAGER, Role.HR));
                return null;
            });

            assertEquals(EnumSet.of(Role.HR, Role.MANAGER), service(container, s -> s.caller("anna")).orElseThrow().roles());
            assertEquals("[HR] -> [HR, MANAGER]", audit(container, "account.roles-changed").get(0).getDetail());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aResetPasswordWorksOnceChanged(TestDatabase database) {
        try (Container container = withAccounts(database)) {
            for (int i = 0; i < 5; i++) {
                signIn(container, NINE, "wrong");
            }

            char[] oneTime = service(container, s -> s.resetPassword("boss", "anna"));

            SignInResult anna = service(container, s -> s.signIn("anna", oneTime));
            assertTrue(anna.isSignedIn());
            assertTrue(anna.caller().orElseThrow().mustChangePassword());
            assertEquals(1, audit(container, "account.password-reset").size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nobodyRemovesTheirOwnAccessOrTheLastAdministrator(TestDatabase database) {
        try (Container container = withAccounts(database)) {
            assertEquals(List.of("accounts.problem.self"), assertThrows(Refusal.class,
                    () -> service(container, s -> runs(() -> s.delete("boss", "boss")))).keys());
            assertEquals(List.of("accounts.problem.self"), assertThrows(Refusal.class,
                    () -> service(container, s -> runs(() -> s.changeRoles("boss", "boss", EnumSet.of(Role.HR))))).keys());

            service(container, s -> runs(() -> s.disable("boss", "admin")));

            assertEquals(List.of("accounts.problem.lastAdministrator"), assertThrows(Refusal.class,
                    () -> service(container, s -> runs(() -> s.changeRoles("anna", "boss", EnumSet.of(Role.HR))))).keys());
            assertEquals(List.of("accounts.problem.lastAdministrator"), assertThrows(Refusal.class,
                    () -> service(container, s -> runs(() -> s.delete("anna", "boss")))).keys());
            assertTrue(service(container, s -> s.caller("boss")).orElseThrow().hasRole(Role.ADMIN));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDeletedAccountIsGoneButItsHistoryStays(TestDatabase database) {
        try (Container container = withAccounts(database)) {
            signIn(container, NINE, ANNA_PASSWORD);

            service(container, s -> runs(() -> s.delete("boss", "anna")));

            assertTrue(service(container, s -> s.find("anna")).isEmpty());
            assertEquals(1, audit(container, "sign-in").size());
            assertEquals("roles [HR]", audit(container, "account.deleted").get(0).getDetail());
            assertEquals(List.of("admin", "boss"), service(container, AccountService::list).stream().map(AccountSummary::username).toList());
        }
    }

    private static Void runs(Runnable change) {
        change.run();
        return null;
    }
}
