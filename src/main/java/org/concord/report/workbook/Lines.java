package org.concord.report.workbook;

/**
 * How many lines a text takes once wrapped in a column of a given width, the way a spreadsheet
 * wraps it at spaces: a report makes a row holding wrapped text this many lines tall, since a
 * written workbook carries row heights and neither Excel nor a printer grows a row by itself.
 */
public final class Lines {

    /** Points one line of the default 11-point font takes, with its leading. */
    public static final float POINTS = 15f;

    private Lines() {
    }

    /** The lines {@code text} takes in {@code chars} characters, each of its own lines at least one. */
    public static int of(String text, int chars) {
        int width = Math.max(1, chars);
        return text.lines().mapToInt(line -> wrapped(line, width)).sum();
    }

    /** The lines one line of text takes: a word that does not fit the rest of a line starts the next. */
    private static int wrapped(String line, int width) {
        int lines = 1;
        int column = 0;
        for (String word : line.split(" ")) {
            if (column > 0 && column + word.length() > width) {
                lines++;
                column = 0;
            }
            lines += Math.max(0, (word.length() - 1) / width);
            column += word.length() % width == 0 && word.length() > 0 ? width : word.length() % width;
            column++;
        }
        return lines;
    }
}
