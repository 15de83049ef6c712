package org.concord.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.kernel.PageRequest;
import org.concord.kernel.Refusal;
import org.junit.jupiter.api.Test;

/** Paging parameters are checked and turned into a page request; the caller's language is English or French. */
class PagingTest {

    private static final Set<String> SORTABLE = Set.of("name", "closesOn");

    @Test
    void defaultsAndDescendingSort() {
        PageRequest first = Paging.request(null, null, null, SORTABLE, Map.of());
        assertEquals(0, first.first());
        assertEquals(Paging.DEFAULT_SIZE, first.size());
        assertNull(first.sortField());
        PageRequest third = Paging.request("2", "10", "-closesOn", SORTABLE, Map.of("name", "Sales"));
        assertEquals(20, third.first());
        assertEquals(10, third.size());
        assertEquals("closesOn", third.sortField());
        assertFalse(third.ascending());
        assertEquals("Sales", third.filter("name"));
    }

    @Test
    void badParametersAreRefusedByName() {
        assertEquals("page", assertThrows(Refusal.class, () -> Paging.request("-1", null, null, SORTABLE, Map.of())).field());
        assertEquals("page", assertThrows(Refusal.class, () -> Paging.request("x", null, null, SORTABLE, Map.of())).field());
        assertEquals("page", assertThrows(Refusal.class,
                () -> Paging.request("2000000000", "100", null, SORTABLE, Map.of())).field());
        assertEquals("size", assertThrows(Refusal.class, () -> Paging.request(null, "0", null, SORTABLE, Map.of())).field());
        assertEquals("size", assertThrows(Refusal.class, () -> Paging.request(null, "101", null, SORTABLE, Map.of())).field());
        assertEquals("sort", assertThrows(Refusal.class, () -> Paging.request(null, null, "-id", SORTABLE, Map.of())).field());
    }

    @Test
    void theLanguageIsTheFirstOfEnglishOrFrenchAsked() {
        assertEquals(Locale.FRENCH, ApiTexts.choose(List.of(Locale.GERMAN, Locale.CANADA_FRENCH, Locale.ENGLISH)));
        assertEquals(Locale.ENGLISH, ApiTexts.choose(List.of(Locale.GERMAN)));
        assertEquals(Locale.ENGLISH, ApiTexts.choose(List.of()));
        assertEquals("Trop d'appels", ApiTexts.of(Locale.FRENCH).format("api.problem.throttled"));
        assertEquals("Unknown field: x.", ApiTexts.of(Locale.ENGLISH).format("api.json.unknownField", "x"));
    }

    @Test
    void refusalKindsGiveTheirStatus() {
        assertEquals(400, Problems.status(Refusal.Kind.INVALID));
        assertEquals(403, Problems.status(Refusal.Kind.FORBIDDEN));
        assertEquals(404, Problems.status(Refusal.Kind.NOT_FOUND));
        assertEquals(409, Problems.status(Refusal.Kind.CONFLICT));
    }
}
