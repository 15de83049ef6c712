package org.concord.questionnaire;

/**
 * One interpretation band of a scale: scores from {@code min} (inclusive) to {@code max}
 * (exclusive, inclusive for the top band) read as {@code label}, explained by {@code text}.
 * {@code level} is the maturity level (1 ad hoc .. 5 optimised) where the scale has one, else
 * null; {@code low} marks the bands that call for a follow-up (interview probes, team action).
 */
public record Band(String id, double min, double max, Text label, Text text, Integer level, boolean low) implements java.io.Serializable {

    /** Whether a score falls in this band; {@code top} says it is the scale's highest band. */
    public boolean contains(double score, boolean top) {
        return score >= min && (score < max || (top && score <= max));
    }
}
