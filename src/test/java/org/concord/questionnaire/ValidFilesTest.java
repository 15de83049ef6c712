package org.concord.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The valid fixtures load into the model as written, with the format's defaults filled in. */
class ValidFilesTest {

    private static final Path VALID = Path.of("src/test/resources/questionnaires/valid");

    private static Questionnaire load(String file) {
        LoadResult result = QuestionnaireLoader.loadFile(VALID.resolve(file));
        assertEquals(List.of(), result.problems());
        assertTrue(result.ok());
        return result.questionnaire();
    }

    @Test
    void headerFields() {
        Questionnaire q = load("teamwork.v1.yaml");
        assertEquals("teamwork", q.id());
        assertEquals(1, q.version());
        assertEquals("teamwork.v1", q.key());
        assertEquals(Kind.SELF_REPORT, q.kind());
        assertEquals("Travail en équipe", q.title().in("fr"));
        assertEquals(3, q.minutes());
        assertEquals("Concord", q.source());
        assertEquals("CC BY 4.0", q.licence());
        assertFalse(q.validated());
        assertEquals(new QuadrantAxis("cooperation", 3.5), q.quadrant());
    }

    @Test
    void responseFormat() {
        ResponseFormat format = load("teamwork.v1.yaml").responseFormat();
        assertEquals(1, format.lo());
        assertEquals(5, format.hi());
        assertEquals(List.of(1, 2, 3, 4, 5), List.copyOf(format.orderedLabels().keySet()));
        assertEquals("Plutôt exact", format.labels().get(4).in("fr"));
    }

    @Test
    void scalesInFileOrderWithTheirFields() {
        Questionnaire q = load("teamwork.v1.yaml");
        assertEquals(List.of("trust", "helping"), q.scales().stream().map(Scale::id).toList());
        Scale trust = q.scale("trust").orElseThrow();
        assertEquals(0.6, trust.minAnswered());
        assertEquals("mechanism", trust.group());
        assertEquals(1, trust.probes().size());
        assertEquals(List.of("low", "mid", "high"), trust.bands().stream().map(Band::id).toList());
        Band low = trust.bands().get(0);
        assertTrue(low.low());
        assertEquals(1, low.level());
        assertEquals(2.5, low.max());
        assertFalse(trust.bands().get(1).low());
    }

    @Test
    void scaleDefaults() {
        Scale helping = load("teamwork.v1.yaml").scale("helping").orElseThrow();
        assertEquals(Scale.DEFAULT_MIN_ANSWERED, helping.minAnswered());
        assertNull(helping.group());
        assertEquals(List.of(), helping.probes());
        assertNull(helping.bands().get(0).level());
    }

    @Test
    void itemsWithKeysQuotedOrNot() {
        Questionnaire q = load("teamwork.v1.yaml");
        assertEquals(6, q.items().size());
        assertEquals(List.of("helping-1", "helping-2", "helping-3"), q.itemsOf("helping").stream().map(Item::id).toList());
        assertEquals(Key.MINUS, q.item("trust-2").orElseThrow().key());
        assertEquals(Key.PLUS, q.item("helping-3").orElseThrow().key());
        Item item = q.item("trust-1").orElseThrow();
        assertEquals("I trust others.", item.text().in("en"));
        assertEquals(List.of(), item.probes());
        assertTrue(item.anchors().isEmpty());
    }

    @Test
    void interviewerRatedItemsCarryProbesAndAnchors() {
        Questionnaire q = load("listening-interview.v2.yaml");
        assertEquals(Kind.INTERVIEWER_RATED, q.kind());
        assertEquals(2, q.version());
        assertFalse(q.validated());
        assertNull(q.quadrant());
        Item item = q.item("listen-2").orElseThrow();
        assertEquals(1, item.probes().size());
        assertEquals(java.util.Set.of(1, 2, 3, 5), item.anchors().keySet());
        assertTrue(q.item("listen-3").orElseThrow().reversed());
    }

    @Test
    void attentionItemsAreShownButBelongToNoScale() {
        Questionnaire q = load("attentive.v1.yaml");
        assertEquals(8, q.items().size());
        assertEquals(List.of("check-1", "check-2"), q.attentionItems().stream().map(Item::id).toList());
        Item check = q.item("check-1").orElseThrow();
        assertTrue(check.attention());
        assertEquals(4, check.expected());
        assertNull(check.scale());
        assertNull(check.key());
        assertEquals("Pour cette question, choisissez « Plutôt exact ».", check.text().in("fr"));
        assertEquals(6, q.scoredItems().size());
        assertEquals(List.of("trust-1", "trust-2", "trust-3"), q.itemsOf("trust").stream().map(Item::id).toList());
        assertFalse(q.item("trust-1").orElseThrow().attention());
    }
}
