package org.concord.questionnaire;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an attention item: an item with {@code attention: <answer>} instead of a scale and a
 * key, which asks the respondent for that stated answer ("For this question, choose 'Agree'").
 * The answer must lie in the response format; the item belongs to no scale, has no key, and
 * exists only in questionnaires that people answer about themselves or their team (an
 * interviewer rates, and is not checked for attention).
 */
final class AttentionItems {

    static final String FIELD = "attention";

    private AttentionItems() {
    }

    /** Whether the item's mapping declares itself an attention item. */
    static boolean declared(YamlMap map) {
        return map.has(FIELD);
    }

    /** The attention item {@code id} read from {@code map}, every problem reported on its line. */
    static Item read(YamlMap map, String id, Kind kind, ResponseFormat format) {
        Node node = map.get(FIELD);
        Problems problems = map.problems();
        Integer expected = Scalars.integer(node, map.what(FIELD), problems);
        if (expected != null && format != null && !format.accepts(expected)) {
            problems.at(node, map.where() + " asks for the answer " + expected + ", outside the response format "
                    + format.lo() + ".." + format.hi() + "; ask for one of its points");
        }
        if (kind == Kind.INTERVIEWER_RATED) {
            problems.at(node, map.where() + " is an attention item, but interviewer-rated questionnaires have none;"
                    + " remove it (attention items are for self-reports and team questionnaires)");
        }
        for (String field : new String[] {"scale", "key"}) {
            if (map.has(field)) {
                problems.at(map.get(field), map.where() + " is an attention item, which is never scored: it has no "
                        + field + "; remove " + field + ": (or attention: to make it a scored item)");
            }
        }
        Text text = Fields.text(map, "text");
        InterviewFields.probes(map, kind == Kind.INTERVIEWER_RATED ? null : kind);
        InterviewFields.anchors(map, kind == Kind.INTERVIEWER_RATED ? null : kind, format);
        return Item.attention(id, text, expected == null ? 0 : expected);
    }
}
