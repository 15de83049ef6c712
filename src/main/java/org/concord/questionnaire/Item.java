package org.concord.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * One question: its text, the scale it belongs to and its key. Items of an interviewer-rated
 * questionnaire also carry follow-up {@code probes} and behavioural {@code anchors} that say
 * what a rating of 1, 3 and 5 looks like; for other kinds both are empty. An attention item
 * ({@code expected} not null) asks for a stated answer ("For this question, choose 'Agree'"):
 * it has no scale and no key, is shown like any item and is never scored; it only tells
 * whether the respondent read the questions.
 */
public record Item(String id, String scale, Text text, Key key, List<Text> probes, Map<Integer, Text> anchors,
                   Integer expected) implements java.io.Serializable {

    public Item {
        probes = List.copyOf(probes);
        anchors = Map.copyOf(anchors);
    }

    /** A scored item, which belongs to {@code scale}. */
    public Item(String id, String scale, Text text, Key key, List<Text> probes, Map<Integer, Text> anchors) {
        this(id, scale, text, key, probes, anchors, null);
    }

    /** An attention item that asks for the answer {@code expected}. */
    public static Item attention(String id, Text text, int expected) {
        return new Item(id, null, text, null, List.of(), Map.of(), expected);
    }

    /** Whether this item checks attention rather than measuring anything. */
    public boolean attention() {
        return expected != null;
    }

    public boolean reversed() {
        return key == Key.MINUS;
    }
}
