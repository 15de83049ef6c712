package org.concord.report.team;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet of the team report written top to bottom: title and note lines, then one table
 * with a header row that is frozen and filtered. Text always goes in as a string cell (a team
 * called "=SUM(A1)" stays a name), numbers as numbers with their format, and each column's
 * width follows the longest text put in it, since POI's autoSizeColumn needs fonts a server
 * may not have.
 */
final class Table {

    private static final int NUMBER_CHARS = 8;
    private static final int MAX_CHARS = 60;

    private final XSSFSheet sheet;
    private final Cells cells;
    private final Map<Integer, Integer> widths = new HashMap<>();
    private int next;
    private int headerRow = -1;
    private int lastColumn;
    private Row row;

    Table(XSSFSheet sheet, Cells cells) {
        this.sheet = sheet;
        this.cells = cells;
    }

    XSSFSheet sheet() {
        return sheet;
    }

    /** Starts a new row and returns its index. */
    int row() {
        row = sheet.createRow(next);
        return next++;
    }

    void skip() {
        next++;
    }

    void title(String title) {
        row();
        Cell cell = row.createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(cells.title);
    }

    void note(String text) {
        row();
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(cells.note);
    }

    /** The table's header row: frozen, filtered, and as wide as the table. */
    void header(List<String> names) {
        headerRow = row();
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(cells.header);
            widen(c, Math.min(names.get(c).length(), 24));
        }
        lastColumn = Math.max(lastColumn, names.size() - 1);
    }

    void text(int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(cells.text);
        widen(column, value.lines().mapToInt(String::length).max().orElse(0));
    }

    /** Long text that wraps inside a column of at most {@code maxChars}. */
    void wrapped(int column, String value, int maxChars) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(cells.wrapped);
        widen(column, Math.min(maxChars, value.lines().mapToInt(String::length).max().orElse(0)));
    }

    /** A number; NaN and infinities are left empty rather than written as errors. */
    void number(int column, double value, CellStyle style) {
        if (!Double.isFinite(value)) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        widen(column, NUMBER_CHARS);
    }

    void date(int column, LocalDateTime value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(cells.date);
        widen(column, 17);
    }

    /** Sets the widths, freezes the rows down to the header and the first column, filters the table. */
    void finish() {
        widths.forEach((column, chars) -> sheet.setColumnWidth(column, (Math.min(MAX_CHARS, chars) + 2) * 256));
        if (headerRow >= 0) {
            sheet.createFreezePane(1, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, next - 1), 0, lastColumn));
        }
    }

    private void widen(int column, int chars) {
        widths.merge(column, chars, Math::max);
    }
}
