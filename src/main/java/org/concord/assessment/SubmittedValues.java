package org.concord.assessment;

import java.util.Map;
import java.util.TreeMap;

/**
 * A submitted questionnaire's answers and scale scores, each written as one line for the raw
 * export: {@code "item=value item=value"} and {@code "scale=score scale="} (nothing after
 * {@code '='} for a missing score), in the order of their codes. Submitted answers never change,
 * so {@link Assessment#submit} writes the two lines once, beside the rows of answers and scores
 * that everything else reads; an export then reads one row per questionnaire instead of one per
 * value. The raw export's query aggregates the same lines from those rows where a questionnaire
 * has none (written before migration V20's backfill, or straight into the tables), so either
 * source gives the same export.
 */
public final class SubmittedValues {

    private SubmittedValues() {
    }

    /** The answers' line, or null when there is no answer (a blank questionnaire is not a response). */
    public static String answers(Map<String, Integer> answers) {
        return line(new TreeMap<>(answers), Object::toString);
    }

    /** The scores' line, or null when there is no scale. */
    public static String scores(Map<String, StoredScore> scores) {
        return line(new TreeMap<>(scores), score -> score.getScore() == null ? "" : Double.toString(score.getScore()));
    }

    private static <V> String line(TreeMap<String, V> values, java.util.function.Function<V, String> text) {
        if (values.isEmpty()) {
            return null;
        }
        StringBuilder line = new StringBuilder(values.size() * 12);
        values.forEach((code, value) -> {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(code).append('=').append(text.apply(value));
        });
        return line.toString();
    }
}
