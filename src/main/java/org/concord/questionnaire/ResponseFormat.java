package org.concord.questionnaire;

import java.util.Map;
import java.util.TreeMap;

/**
 * The answers an item accepts: the integers lo..hi, each with a label ("1 Very inaccurate" ..
 * "5 Very accurate"). Anything outside lo..hi is refused wherever an answer enters Concord.
 */
public record ResponseFormat(int lo, int hi, Map<Integer, Text> labels) implements java.io.Serializable {

    public ResponseFormat {
        labels = Map.copyOf(labels);
    }

    /** How many points the scale has (A in the rwg formula). */
    public int points() {
        return hi - lo + 1;
    }

    public boolean accepts(int answer) {
        return answer >= lo && answer <= hi;
    }

    /** The labels in order from lo to hi. */
    public Map<Integer, Text> orderedLabels() {
        return new TreeMap<>(labels);
    }
}
