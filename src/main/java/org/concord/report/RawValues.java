package org.concord.report;

import java.util.Arrays;

/**
 * Places one questionnaire's answers and scale scores, as the raw export's query aggregates
 * them ({@code "item=value item=value"}, a missing score as {@code "scale="}), into the slots
 * of a {@link RawRow}, and counts the values naming an item or scale the version lacks. The
 * database lists every questionnaire's values in the same order (its primary key's), so the code
 * at each position is first compared, in place, with the one found there in the last text; only
 * a different one is looked up by name.
 */
final class RawValues {

    private final RawLayout layout;
    /** The slot found at each position of the last text, answers and scores apart: the next text's guess. */
    private int[] answerGuess = new int[0];
    private int[] scoreGuess = new int[0];
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
        int[] guess = answers ? answerGuess : scoreGuess;
        int start = 0;
        int position = 0;
        int length = text.length();
        while (start < length) {
            int end = text.indexOf(' ', start);
            if (end < 0) {
                end = length;
            }
            int equals = text.lastIndexOf('=', end - 1);
            if (position == guess.length) {
                guess = Arrays.copyOf(guess, Math.max(8, guess.length * 2));
                Arrays.fill(guess, position, guess.length, -1);
            }
            int slot = guess[position];
            if (slot < 0 || !sameCode(text, start, equals, slot, answers)) {
                String code = text.substring(start, equals);
                slot = answers ? layout.itemSlot(code) : layout.scaleSlot(code);
                guess[position] = slot;
            }
            if (slot < 0) {
                unknown++;
            } else if (equals + 1 < end) {
                values[slot] = answers ? parseWhole(text, equals + 1, end)
                        : Double.parseDouble(text.substring(equals + 1, end));
            }
            start = end + 1;
            position++;
        }
        if (answers) {
            answerGuess = guess;
        } else {
            scoreGuess = guess;
        }
    }

    /** Whether {@code text} from {@code start} to {@code equals} is the code of {@code slot}. */
    private boolean sameCode(String text, int start, int equals, int slot, boolean answers) {
        String code = layout.code(slot);
        return code.length() == equals - start && text.regionMatches(start, code, 0, code.length());
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
