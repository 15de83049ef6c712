package org.concord.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The helpers of the model records: bands, response formats, texts, keys and kinds. */
class ModelTest {

    private static Band band(String id, double min, double max) {
        return new Band(id, min, max, Text.of(id, id), Text.of(id, id), null, false);
    }

    private static final Scale SCALE = new Scale("trust", Text.of("Trust", "Confiance"), Text.of("", ""), 0.8,
            List.of(band("low", 1, 2.5), band("mid", 2.5, 3.5), band("high", 3.5, 5)), List.of(), null);

    @Test
    void bandOfTakesTheLowerBoundInclusive() {
        assertEquals("low", SCALE.bandOf(1).id());
        assertEquals("mid", SCALE.bandOf(2.5).id());
        assertEquals("high", SCALE.bandOf(3.5).id());
    }

    @Test
    void bandOfTakesTheUpperBoundExclusiveBelowTheTop() {
        assertEquals("low", SCALE.bandOf(2.4999).id());
        assertEquals("mid", SCALE.bandOf(3.4999).id());
    }

    @Test
    void bandOfIncludesHiInTheTopBand() {
        assertEquals("high", SCALE.bandOf(5).id());
    }

    @Test
    void bandOfRefusesScoresOutsideTheBands() {
        assertThrows(IllegalArgumentException.class, () -> SCALE.bandOf(0.99));
        assertThrows(IllegalArgumentException.class, () -> SCALE.bandOf(5.01));
    }

    @Test
    void responseFormatAcceptsLoToHi() {
        ResponseFormat format = new ResponseFormat(1, 5, Map.of());
        assertFalse(format.accepts(0));
        assertTrue(format.accepts(1));
        assertTrue(format.accepts(5));
        assertFalse(format.accepts(6));
        assertEquals(5, format.points());
    }

    @Test
    void responseFormatOrdersItsLabels() {
        ResponseFormat format = new ResponseFormat(0, 2, Map.of(2, Text.of("c", "c"), 0, Text.of("a", "a"), 1, Text.of("b", "b")));
        assertEquals(List.of(0, 1, 2), List.copyOf(format.orderedLabels().keySet()));
    }

    @Test
    void textInALanguage() {
        Text text = Text.of("Trust", "Confiance");
        assertEquals("Trust", text.in("en"));
        assertEquals("Confiance", text.in("fr"));
    }

    @Test
    void textFallsBackToEnglish() {
        assertEquals("Trust", Text.of("Trust", "Confiance").in("de"));
        assertEquals("Trust", new Text(Map.of("en", "Trust")).in("fr"));
        assertEquals("", new Text(Map.of("fr", "Confiance")).in("de"));
    }

    @Test
    void keysBySymbol() {
        assertEquals(Key.PLUS, Key.fromSymbol("+"));
        assertEquals(Key.MINUS, Key.fromSymbol("-"));
        assertNull(Key.fromSymbol("plus"));
        Item reversed = new Item("a", "s", Text.of("a", "a"), Key.MINUS, List.of(), Map.of());
        assertTrue(reversed.reversed());
    }

    @Test
    void kindsByCode() {
        assertEquals(Kind.TEAM_MEMBER, Kind.fromCode("team-member"));
        assertEquals("interviewer-rated", Kind.INTERVIEWER_RATED.code());
        assertNull(Kind.fromCode("team"));
    }

    @Test
    void problemPrintsAsFileLineMessage() {
        assertEquals("a.v1.yaml:42: wrong", new Problem("a.v1.yaml", 42, "wrong").toString());
    }
}
