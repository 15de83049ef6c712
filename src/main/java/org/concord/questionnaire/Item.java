package org.concord.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * One question: its text, the scale it belongs to and its key. Items of an interviewer-rated
 * questionnaire also carry follow-up {@code probes} and behavioural {@code anchors} that say
 * what a rating of 1, 3 and 5 looks like; for other kinds both are empty.
 */
public record Item(String id, String scale, Text text, Key key, List<Text> probes, Map<Integer, Text> anchors) {

    public Item {
        probes = List.copyOf(probes);
        anchors = Map.copyOf(anchors);
    }

    public boolean reversed() {
        return key == Key.MINUS;
    }
}
