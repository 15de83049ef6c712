package org.concord.questionnaire;

/** Writes numbers in messages the way an author wrote them: 3 rather than 3.0, 2.5 as 2.5. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.valueOf(value);
    }
}
