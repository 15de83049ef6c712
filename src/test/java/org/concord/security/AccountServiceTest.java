package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEmptyDatabaseGetsAnAdministratorWhosePasswordIsStoredOnlyAsAHash(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            char[] password = container.get(AccountService.class).createFirstAdministrator().orElseThrow();

            Account admin = container.get(AccountService.class).find("admin").orElseThrow();
            assertEquals(20, password.length);
            assertTrue(PlatformPasswords.passwords().verify(password, admin.getPasswordHash()));
            assertFalse(admin.getPasswordHash().contains(new String(password)));
            assertTrue(admin.isMustChangePassword());
            assertEquals(EnumSet.of(Role.ADMIN), admin.getRoles());
            assertEquals(CLOCK.instant(), admin.getCreatedAt());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theGeneratedPasswordIsHandedOutOnceOnly(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            container.get(AccountService.class).createFirstAdministrator();

            Optional<char[]> second = container.get(AccountService.class).createFirstAdministrator();

            assertTrue(second.isEmpty());
            long accounts = container.get(AccountService.class).count();
            assertEquals(1L, accounts);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void creatingTheAdministratorIsAudited(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            container.get(AccountService.class).createFirstAdministrator();

            var entries = container.get(AuditTrail.class).entriesFor("account.created");

            assertEquals(1, entries.size());
            assertEquals("system", entries.get(0).getActor());
            assertEquals("admin", entries.get(0).getSubject());
            assertEquals(CLOCK.instant(), entries.get(0).getOccurredAt());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoAccountsCannotShareAUserName(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            container.get(AccountService.class).createFirstAdministrator();

            assertThrows(PersistenceException.class, () -> container.inTransaction(em -> {
                em.persist(new Account("admin", "Another", PlatformPasswords.hash("x"),
                        EnumSet.of(Role.HR), CLOCK.instant()));
                em.flush();
                return null;
            }));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rolesAreStoredAndReadBack(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            container.inTransaction(em -> {
                em.persist(new Account("hr.lead", "HR lead", PlatformPasswords.hash("s3cret-pass"),
                        EnumSet.of(Role.HR, Role.MANAGER), CLOCK.instant()));
                return null;
            });

            Account read = container.get(AccountService.class).find("hr.lead").orElseThrow();

            assertEquals(EnumSet.of(Role.HR, Role.MANAGER), read.getRoles());
            assertFalse(read.isMustChangePassword());
        }
    }
}
