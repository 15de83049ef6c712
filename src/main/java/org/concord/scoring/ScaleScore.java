package org.concord.scoring;

/**
 * One respondent's score on one scale: the mean of the keyed items they answered, or
 * <em>missing</em> when they answered fewer than the scale's {@code minAnswered} fraction. A
 * missing score is never 0: {@link #reason()} says why it is missing so reports can tell.
 *
 * @param scale    the scale id
 * @param value    the score, NaN when missing
 * @param answered how many of the scale's items were answered
 * @param items    how many items the scale has
 * @param needed   how many answered items a score needs
 */
public record ScaleScore(String scale, double value, int answered, int items, int needed) implements java.io.Serializable {

    public boolean missing() {
        return Double.isNaN(value);
    }

    /** Why the score is missing, in English for logs and analysts; null when it is present. */
    public String reason() {
        if (!missing()) {
            return null;
        }
        return answered + " of " + items + " items answered; a score needs at least " + needed;
    }
}
