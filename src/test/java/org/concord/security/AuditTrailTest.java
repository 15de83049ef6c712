package org.concord.security;

import org.concord.kernel.PageRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Searching the audit trail page by page in the database, on H2 and PostgreSQL; and that it cannot be changed. */
class AuditTrailTest {

    private static final Instant START = Instant.parse("2026-11-20T23:30:00Z");

    /** 45 entries, one an hour from {@link #START}: actors anna, boss, admin in turn; actions alternate. */
    private static Container withEntries(TestDatabase database) {
        Container container = new Container(database.fresh(), Clock.fixed(START, ZoneOffset.UTC));
        String[] actors = {"anna", "boss", "admin"};
        for (int i = 0; i < 45; i++) {
            container.clock(Clock.fixed(START.plus(Duration.ofHours(i)), ZoneOffset.UTC));
            int n = i;
            container.get(AuditTrail.class).record(actors[n % 3], n % 2 == 0 ? "sign-in" : "sign-in.failed", actors[n % 3], "entry " + n);
        }
        return container;
    }

    private static List<String> details(Container container, AuditQuery query, int first, int size) {
        return container.get(AuditTrail.class).page(query, PageRequest.of(first, size)).rows().stream()
                .map(AuditEntry::getDetail).toList();
    }

    private static long count(Container container, AuditQuery query) {
        return container.get(AuditTrail.class).page(query, PageRequest.of(0, 1)).total();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void entriesComeNewestFirstOnePageAtATime(TestDatabase database) {
        try (Container container = withEntries(database)) {
            assertEquals(45, count(container, AuditQuery.EVERYTHING));
            assertEquals(List.of("entry 44", "entry 43", "entry 42"), details(container, AuditQuery.EVERYTHING, 0, 3));
            assertEquals(List.of("entry 4", "entry 3", "entry 2", "entry 1", "entry 0"), details(container, AuditQuery.EVERYTHING, 40, 20));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void filtersByActorActionAndDays(TestDatabase database) {
        try (Container container = withEntries(database)) {
            assertEquals(15, count(container, new AuditQuery("ANN", null, null, null)), "the actor matches in part, in any case");
            assertEquals(23, count(container, new AuditQuery(null, "sign-in", null, null)));
            assertEquals(8, count(container, new AuditQuery("anna", "sign-in", null, null)));
            // entry 0 is on the 20th (UTC); entries 1..24 on the 21st; 25..44 on the 22nd
            LocalDate the21st = LocalDate.of(2026, 11, 21);
            assertEquals(24, count(container, new AuditQuery(null, null, the21st, the21st)));
            assertEquals(List.of("entry 24"), details(container, new AuditQuery(null, null, the21st, the21st), 0, 1));
            assertEquals(44, count(container, new AuditQuery(null, null, the21st, null)));
            assertEquals(1, count(container, new AuditQuery(null, null, null, LocalDate.of(2026, 11, 20))));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void wildcardsTypedInTheActorFilterAreTakenLiterally(TestDatabase database) {
        try (Container container = withEntries(database)) {
            assertEquals(0, count(container, new AuditQuery("%", null, null, null)));
            assertEquals(0, count(container, new AuditQuery("a_na", null, null, null)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theFilterOffersEveryActionRecorded(TestDatabase database) {
        try (Container container = withEntries(database)) {
            assertEquals(List.of("sign-in", "sign-in.failed"),
                    container.get(AuditTrail.class).actions());
        }
    }

    /** Only additions and read queries: nothing changes or removes an entry. */
    @Test
    void theTrailIsAppendOnly() {
        List<String> methods = Arrays.stream(AuditTrail.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(Method::getName).sorted().toList();
        assertEquals(List.of("actions", "entriesAbout", "entriesFor", "page", "record"), methods);
        assertTrue(Arrays.stream(AuditEntry.class.getDeclaredMethods()).noneMatch(method -> method.getName().startsWith("set")));
    }
}
