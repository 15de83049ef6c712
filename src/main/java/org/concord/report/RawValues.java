package org.concord.report;

/**
 * Places one questionnaire's answers and scale scores, as the raw export's query aggregates
 * them ({@code "item=value item=value"}, a missing score as {@code "scale="}), into the slots
 * of a {@link RawRow}, and counts the values naming an item or scale the version lacks.
 */
final class RawValues {

    private final RawLayout layout;
    private int unknown;

    RawValues(RawLayout layout) {
        this.layout = layout;
    }

    /** Fills the answers listed in {@code text} (null: none). */
    void answers(String text, double[] values) {
        place(text, values, true);
    }

    /** Fills the scores listed in {@code text} (null: none); a missing score stays empty. */
    void scores(String text, double[] values) {
        place(text, values, false);
    }

    /** Values seen so far that name an item or scale this version does not have. */
    int unknown() {
        return unknown;
    }

    private void place(String text, double[] values, boolean answers) {
        if (text == null) {
            return;
        }
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = text.indexOf(' ', start);
            if (end < 0) {
                end = length;
            }
            int equals = text.lastIndexOf('=', end - 1);
            String code = text.substring(start, equals);
            int slot = answers ? layout.itemSlot(code) : layout.scaleSlot(code);
            if (slot < 0) {
                unknown++;
            } else if (equals + 1 < end) {
                values[slot] = answers ? parseWhole(text, equals + 1, end)
                        : Double.parseDouble(text.substring(equals + 1, end));
            }
            start = end + 1;
        }
    }

    /** An answer: a whole number, maybe negative, read without a substring. */
    private static double parseWhole(String text, int from, int to) {
        boolean negative = text.charAt(from) == '-';
        int value = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return negative ? -value : value;
    }
}
