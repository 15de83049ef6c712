package org.concord.report.workbook;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet of a report built in memory (the team and candidate reports) written top to
 * bottom: title, note and section lines, small tables under a heading row, and at most one
 * main table whose header row is frozen and filtered. Text always goes in as a string cell (a
 * team called "=SUM(A1)" stays a name), numbers as numbers with their format, and each
 * column's width follows the longest text put in it, since POI's autoSizeColumn needs fonts a
 * server may not have. Every sheet prints on A4 landscape, one page wide, with its heading row
 * (the main table's header, or else the title) repeated on every page; a row holding wrapped
 * text is made tall enough for its lines, so that nothing overlaps on screen or on paper.
 */
public final class Table {

    private static final int NUMBER_CHARS = 8;
    private static final int MAX_CHARS = 60;

    private final XSSFSheet sheet;
    private final Cells cells;
    private final Map<Integer, Integer> widths = new HashMap<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Wrapped> wrapped = new ArrayList<>();
    private int next;
    private int headerRow = -1;
    private int lastColumn;
    private Row row;

    public Table(XSSFSheet sheet, Cells cells) {
        this.sheet = sheet;
        this.cells = cells;
    }

    public XSSFSheet sheet() {
        return sheet;
    }

    /** Starts a new row and returns its index. */
    public int row() {
        row = sheet.createRow(next);
        return next++;
    }

    public void skip() {
        next++;
    }

    public void title(String title) {
        row();
        Cell cell = row.createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(cells.title);
    }

    public void note(String text) {
        row();
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(cells.note);
    }

    /** A line that opens a part of the sheet, in bold. */
    public void section(String text) {
        row();
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(cells.section);
    }

    /** The main table's header row: frozen, filtered, and as wide as the table. */
    public void header(List<String> names) {
        heading(names);
        headerRow = row.getRowNum();
        lastColumn = Math.max(lastColumn, names.size() - 1);
    }

    /** The heading row of a small table among others on the sheet: styled as a header, neither frozen nor filtered. */
    public void heading(List<String> names) {
        row();
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(cells.header);
            widen(c, Math.min(names.get(c).length(), 24));
            wrapped.add(new Wrapped(row, c, names.get(c)));
        }
    }

    public void text(int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(cells.text);
        widen(column, value.lines().mapToInt(String::length).max().orElse(0));
    }

    /** Long text that wraps inside a column of at most {@code maxChars}. */
    public void wrapped(int column, String value, int maxChars) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(cells.wrapped);
        widen(column, Math.min(maxChars, value.lines().mapToInt(String::length).max().orElse(0)));
        wrapped.add(new Wrapped(row, column, value));
    }

    private record Wrapped(Row row, int column, String text) {
    }

    /**
     * A paragraph of text across the first {@code columns} columns, merged and wrapped; its row
     * is made tall enough for the lines it needs once the columns' widths are known ({@link #finish}).
     */
    public void paragraph(String text, int columns) {
        row();
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(cells.wrapped);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, columns - 1));
        }
        paragraphs.add(new Paragraph(row, text, columns));
    }

    private record Paragraph(Row row, String text, int columns) {
    }

    /** A number; NaN and infinities are left empty rather than written as errors. */
    public void number(int column, double value, CellStyle style) {
        if (!Double.isFinite(value)) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        widen(column, NUMBER_CHARS);
    }

    /** A moment as a date cell, in UTC (the headers say so): Excel's dates carry no zone. */
    public void date(int column, Instant value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        cell.setCellStyle(cells.date);
        widen(column, 17);
    }

    /**
     * Sets the widths and the heights of the rows holding wrapped text or paragraphs, freezes the
     * rows down to the header and the first column, filters the table, and sets up the printing:
     * A4 landscape, narrow margins, one page wide and as many tall as needed, the heading row
     * repeated on every page.
     */
    public void finish() {
        widths.forEach((column, chars) -> sheet.setColumnWidth(column, (Math.min(MAX_CHARS, chars) + 2) * 256));
        Map<Row, Integer> lines = new HashMap<>();
        for (Paragraph paragraph : paragraphs) {
            int chars = 0;
            for (int c = 0; c < paragraph.columns(); c++) {
                chars += sheet.getColumnWidth(c) / 256 - 1;
            }
            lines.merge(paragraph.row(), Lines.of(paragraph.text(), chars), Math::max);
        }
        for (Wrapped cell : wrapped) {
            lines.merge(cell.row(), Lines.of(cell.text(), sheet.getColumnWidth(cell.column()) / 256 - 1), Math::max);
        }
        lines.forEach((row, count) -> {
            if (count > 1) {
                row.setHeightInPoints(count * Lines.POINTS);
            }
        });
        printSetup();
        if (headerRow >= 0) {
            sheet.createFreezePane(1, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, next - 1), 0, lastColumn));
        }
    }

    private void printSetup() {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.5);
        int heading = Math.max(0, headerRow);
        sheet.setRepeatingRows(new CellRangeAddress(heading, heading, -1, -1));
    }

    private void widen(int column, int chars) {
        widths.merge(column, chars, Math::max);
    }
}
