package org.concord.kernel;

/** A CSV file that breaks RFC 4180, with the line and the column (1-based) where it breaks. */
public final class CsvException extends Exception {

    private final int line;
    private final int column;
    private final String detail;

    public CsvException(int line, int column, String detail) {
        super("line " + line + ", column " + column + ": " + detail);
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** What is wrong, without the position. */
    public String detail() {
        return detail;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
