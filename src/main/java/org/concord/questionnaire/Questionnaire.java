package org.concord.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * One instrument at one version, as defined by a file in {@code questionnaires/}: who answers
 * it, what it asks and how its answers become scale scores. Immutable: once answered, a change
 * is a new version. {@code quadrant} is null for instruments that are not on the cooperation x
 * coordination view; {@code minutes} is the time a respondent is told it takes.
 */
public record Questionnaire(String id, int version, Kind kind, Text title, Text description,
                            Text instructions, ResponseFormat responseFormat, List<Scale> scales,
                            List<Item> items, String source, String licence, boolean validated,
                            QuadrantAxis quadrant, int minutes) implements java.io.Serializable {

    public Questionnaire {
        scales = List.copyOf(scales);
        items = List.copyOf(items);
    }

    /** "coordination-maturity.v1": how files, stored answers and reports name this version. */
    public String key() {
        return id + ".v" + version;
    }

    public Optional<Scale> scale(String scaleId) {
        return scales.stream().filter(s -> s.id().equals(scaleId)).findFirst();
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** The items of one scale, in questionnaire order. */
    public List<Item> itemsOf(String scaleId) {
        return items.stream().filter(i -> scaleId.equals(i.scale())).toList();
    }

    /** The attention items, in questionnaire order (none in most questionnaires). */
    public List<Item> attentionItems() {
        return items.stream().filter(Item::attention).toList();
    }

    /** The items that count towards a scale, in questionnaire order: every item but the attention items. */
    public List<Item> scoredItems() {
        return items.stream().filter(i -> !i.attention()).toList();
    }
}
