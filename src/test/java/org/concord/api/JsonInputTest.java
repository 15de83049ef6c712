package org.concord.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.concord.kernel.Refusal;
import org.junit.jupiter.api.Test;

/** A request body is read strictly: one object, known fields, each of its type, or a refusal naming the field. */
class JsonInputTest {

    private static final Set<String> KNOWN = Set.of("name", "size", "on", "ids", "keys", "yes");

    private static Refusal refused(String body, java.util.function.Consumer<JsonInput> read) {
        return assertThrows(Refusal.class, () -> read.accept(JsonInput.read(body, KNOWN)));
    }

    @Test
    void wellTypedFieldsAreRead() {
        JsonInput input = JsonInput.read("{\"name\":\"Sales\",\"size\":4,\"on\":\"2026-03-02\",\"ids\":[1,2],"
                + "\"keys\":[\"a.v1\"],\"yes\":true}", KNOWN);
        assertEquals("Sales", input.requiredText("name"));
        assertEquals(4, input.integer("size"));
        assertEquals(LocalDate.of(2026, 3, 2), input.date("on"));
        assertEquals(List.of(1L, 2L), input.ids("ids"));
        assertEquals(List.of("a.v1"), input.texts("keys"));
        assertEquals(true, input.bool("yes", false));
    }

    @Test
    void absentAndNullFieldsAreEmpty() {
        JsonInput input = JsonInput.read("{\"name\":null}", KNOWN);
        assertNull(input.text("name"));
        assertNull(input.integer("size"));
        assertEquals(List.of(), input.ids("ids"));
        assertEquals(false, input.bool("yes", false));
    }

    @Test
    void malformedBodiesAreRefusedWithoutAField() {
        for (String body : List.of("", "{", "[1]", "\"text\"", "{\"name\":1,}")) {
            Refusal refusal = assertThrows(Refusal.class, () -> JsonInput.read(body, KNOWN), body);
            assertEquals(Refusal.Kind.INVALID, refusal.kind());
            assertNull(refusal.field());
        }
    }

    @Test
    void eachWrongFieldIsRefusedByName() {
        assertEquals("colour", assertThrows(Refusal.class, () -> JsonInput.read("{\"colour\":1}", KNOWN)).field());
        assertEquals("name", refused("{\"name\":3}", i -> i.text("name")).field());
        assertEquals("name", refused("{\"name\":\" \"}", i -> i.requiredText("name")).field());
        assertEquals("size", refused("{\"size\":1.5}", i -> i.integer("size")).field());
        assertEquals("size", refused("{\"size\":99999999999}", i -> i.integer("size")).field());
        assertEquals("on", refused("{\"on\":\"02/03/2026\"}", i -> i.date("on")).field());
        assertEquals("on", refused("{}", i -> i.requiredDate("on")).field());
        assertEquals("ids", refused("{\"ids\":[\"1\"]}", i -> i.ids("ids")).field());
        assertEquals("ids", refused("{\"ids\":7}", i -> i.ids("ids")).field());
        assertEquals("keys", refused("{\"keys\":[1]}", i -> i.texts("keys")).field());
        assertEquals("yes", refused("{\"yes\":\"true\"}", i -> i.bool("yes", false)).field());
    }
}
