package org.concord.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for answer files: fields separated by commas, records by CRLF or LF,
 * a field in double quotes may hold commas, line breaks and doubled quotes ({@code ""}). A
 * quote inside an unquoted field, text after a closing quote, or an unclosed quote is an
 * error naming its line and column. Empty lines are skipped; a leading byte-order mark is
 * ignored. Cells are returned as written, without trimming.
 */
public final class CsvReader {

    private final String text;
    private int at;
    private int line = 1;

    private CsvReader(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public static List<CsvRow> read(String text) throws CsvException {
        return new CsvReader(text).rows();
    }

    private List<CsvRow> rows() throws CsvException {
        List<CsvRow> rows = new ArrayList<>();
        while (at < text.length()) {
            int start = line;
            List<String> cells = new ArrayList<>();
            boolean quoted;
            do {
                quoted = at < text.length() && text.charAt(at) == '"';
                cells.add(quoted ? quoted(start, cells.size() + 1) : plain(start, cells.size() + 1));
            } while (next());
            if (!(cells.size() == 1 && cells.get(0).isEmpty() && !quoted)) {
                rows.add(new CsvRow(start, cells));
            }
        }
        return rows;
    }

    /** Consumes the separator after a field: true after a comma, false at the end of a record. */
    private boolean next() {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at++);
        if (c == ',') {
            return true;
        }
        if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
            at++;
        }
        line++;
        return false;
    }

    private String plain(int row, int column) throws CsvException {
        int from = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                throw new CsvException(row, column, "a quote inside an unquoted field; quote the whole field and double the quote");
            }
            at++;
        }
        return text.substring(from, at);
    }

    private String quoted(int row, int column) throws CsvException {
        StringBuilder cell = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw new CsvException(row, column, "a quoted field is not closed");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                if (at < text.length() && text.charAt(at) == '"') {
                    cell.append('"');
                    at++;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                line++;
            }
            cell.append(c);
        }
        if (at < text.length() && ",\r\n".indexOf(text.charAt(at)) < 0) {
            throw new CsvException(row, column, "text after a closing quote; put the whole field in quotes");
        }
        return cell.toString();
    }
}
