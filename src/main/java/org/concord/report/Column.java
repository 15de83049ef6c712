package org.concord.report;

/**
 * One column of a streamed sheet: its header text and its width in characters, fixed before
 * the first row from what the column is known to hold (the streaming writer never measures
 * cells, so there is no auto-sizing pass over millions of rows).
 */
public record Column(String header, double width) {

    /** Excel's limit on a column's width, in characters. */
    public static final double MAX_WIDTH = 255;

    public Column {
        if (header == null) {
            throw new IllegalArgumentException("a column needs a header (it may be empty)");
        }
        if (!(width > 0 && width <= MAX_WIDTH)) {
            throw new IllegalArgumentException("column width " + width + " is outside 0..255 characters");
        }
    }

    /** A column wide enough for its header and for content of up to {@code widestContent} characters, at most 60. */
    public static Column fitting(String header, int widestContent) {
        int characters = Math.max(header.length() + 2, widestContent);
        return new Column(header, Math.min(60, characters + 2));
    }
}
