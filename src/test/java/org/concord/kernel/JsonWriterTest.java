package org.concord.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.concord.kernel.JsonWriter;
import org.concord.scoring.io.JsonTestReader;

class JsonWriterTest {

    @Test
    void writesAnEmptyObject() {
        assertEquals("{}", new JsonWriter().beginObject().endObject().toString());
    }

    @Test
    void writesNestedObjectsAndArraysIndented() {
        String json = new JsonWriter().beginObject().name("a").value(1).name("b").beginArray().value(true)
                .nullValue().endArray().endObject().toString();
        assertEquals("{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ]\n}", json);
    }

    @Test
    void writesDoublesWithFullPrecision() {
        String json = new JsonWriter().beginArray().value(0.1 + 0.2).value(1.4).value(3.0).endArray().toString();
        assertEquals(List.of(0.1 + 0.2, 1.4, 3.0), JsonTestReader.parse(json));
    }

    @Test
    void writesExponentsAsValidJson() {
        String json = new JsonWriter().beginArray().value(1e-12).value(-2.5e300).endArray().toString();
        assertEquals(List.of(1e-12, -2.5e300), JsonTestReader.parse(json));
    }

    @Test
    void writesNaNAndInfinityAsNull() {
        String json = new JsonWriter().beginArray().value(Double.NaN).value(Double.NEGATIVE_INFINITY).endArray().toString();
        assertEquals(java.util.Arrays.asList(null, null), JsonTestReader.parse(json));
    }

    @Test
    void writesANullStringAsNull() {
        assertNull(JsonTestReader.at(JsonTestReader.parse(new JsonWriter().beginObject().name("team").value((String) null)
                .endObject().toString()), "team"));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        String nasty = "a\"b\\c\nd\te\u0001f\u2028é";
        String json = new JsonWriter().beginObject().name(nasty).value(nasty).endObject().toString();
        assertEquals(Map.of(nasty, nasty), JsonTestReader.parse(json));
        assertEquals(-1, json.indexOf('\u0001'));
    }
}
