package org.concord.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.concord.kernel.Refusal;

class MemberCsvTest {

    private static List<MemberCsv.Row> read(String text) {
        return MemberCsv.read(text.getBytes(StandardCharsets.UTF_8), Set.of("taken@example.org"));
    }

    private static Refusal refused(String text) {
        return assertThrows(Refusal.class, () -> read(text));
    }

    @Test
    void readsNamesAndAddressesWithOrWithoutAHeader() {
        List<MemberCsv.Row> rows = read("\uFEFFname,email\r\nAda Lovelace,ada@example.org\n\"Curie, Marie\",\nÉlodie Noël, elodie@example.fr \n");
        assertEquals(3, rows.size());
        assertEquals("Curie, Marie", rows.get(1).name());
        assertNull(rows.get(1).email());
        assertEquals("Élodie Noël", rows.get(2).name());
        assertEquals("elodie@example.fr", rows.get(2).email());
        assertEquals(4, rows.get(2).line());
        assertEquals(1, read("Ada,ada@example.org").size());
    }

    @Test
    void aBadRowIsNamedByItsLineAndItsReason() {
        Refusal email = refused("name,email\nAda,ada@example.org\nBob,not-an-address\n");
        assertEquals("hr.csv.email", email.key());
        assertArrayEquals(new Object[] {3, "not-an-address"}, email.arguments());
        Refusal columns = refused("Ada,ada@example.org,extra\n");
        assertEquals("hr.csv.columns", columns.key());
        assertArrayEquals(new Object[] {1, 3}, columns.arguments());
        assertEquals("hr.csv.name", refused("Ada,ada@example.org\n ,bob@example.org\n").key());
        assertEquals("hr.csv.duplicate", refused("Ada,ada@example.org\nAdele,ADA@example.org\n").key());
        assertEquals("hr.csv.duplicate", refused("Tim,taken@example.org\n").key());
        assertEquals("hr.csv.syntax", refused("Ada,\"ada@example.org\n").key());
        assertEquals("hr.csv.empty", refused("name,email\n\n").key());
        assertEquals("hr.csv.nameLong", refused("x".repeat(201) + ",a@example.org").key());
        Refusal encoding = assertThrows(Refusal.class,
                () -> MemberCsv.read(new byte[] {'A', (byte) 0xE9, ',', 'x'}, Set.of()));
        assertEquals("hr.csv.encoding", encoding.key());
    }
}
