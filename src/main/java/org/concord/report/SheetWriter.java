package org.concord.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.concord.report.workbook.Lines;

/**
 * Streams one worksheet's XML, row by row and cell by cell, straight into the package: nothing
 * of a written row is kept, so memory stays flat whatever the row count. Cells are written left
 * to right after {@link #row()}; {@link #empty()} skips one. Text is always an inline string,
 * so text that looks like a formula ({@code =SUM(A1)}, {@code +1}, {@code -x}, {@code @me})
 * stays text. A sheet with columns gets a bold header row, frozen, with an auto-filter over
 * the header and every data row. Every sheet prints on A4 landscape with narrow margins; a sheet
 * made one page wide is scaled to the page's width (its header row is repeated on every page by
 * {@link XlsxWriter}).
 */
public final class SheetWriter {

    /** Excel's limits: rows and columns of one worksheet. */
    public static final int MAX_ROWS = 1_048_576;
    public static final int MAX_COLUMNS = 16_384;

    private static final byte[] ROW_END = ascii("</row>");
    private static final byte[] VALUE_START = ascii("><v>");
    private static final byte[] VALUE_END = ascii("</v></c>");
    private static final byte[] TEXT_START = ascii(" t=\"inlineStr\"><is><t>");
    private static final byte[] TEXT_PRESERVED = ascii(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] TEXT_END = ascii("</t></is></c>");
    private static final byte[] BOOLEAN_TRUE = ascii(" t=\"b\"><v>1</v></c>");
    private static final byte[] BOOLEAN_FALSE = ascii(" t=\"b\"><v>0</v></c>");

    private final XmlBytes xml;
    private final boolean onePageWide;
    private final int columnCount;
    private final byte[][] letters;
    private final byte[][] styleAttributes = new byte[64][];
    private int row;
    private int column;
    private boolean rowOpen;
    private boolean finished;

    SheetWriter(XmlBytes xml, List<Column> columns, Style header, boolean selected, boolean onePageWide) throws IOException {
        this.xml = xml;
        this.columnCount = columns.size();
        this.letters = new byte[Math.max(columnCount, 26)][];
        this.onePageWide = onePageWide;
        xml.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        if (onePageWide) {
            xml.ascii("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        }
        xml.ascii("<sheetViews><sheetView workbookViewId=\"0\"" + (selected ? " tabSelected=\"1\"" : "") + ">");
        if (columnCount > 0) {
            xml.ascii("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                    + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>");
        }
        xml.ascii("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        if (columnCount > 0) {
            xml.ascii("<cols>");
            for (int i = 0; i < columnCount; i++) {
                xml.ascii("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + columns.get(i).width()
                        + "\" customWidth=\"1\"/>");
            }
            xml.ascii("</cols>");
        }
        xml.ascii("<sheetData>");
        if (columnCount > 0) {
            row();
            for (Column c : columns) {
                text(c.header(), header);
            }
            xml.ascii(ROW_END);
            rowOpen = false;
        }
    }

    /** Starts the next row; the first call starts row 1 (or row 2, under a header). */
    public SheetWriter row() {
        return row(1);
    }

    /** Starts the next row, {@code lines} lines of text tall (for cells whose text wraps). */
    public SheetWriter row(int lines) {
        try {
            if (rowOpen) {
                xml.ascii(ROW_END);
            }
            if (row == MAX_ROWS) {
                throw new IllegalStateException("a worksheet holds at most " + MAX_ROWS + " rows");
            }
            row++;
            column = 0;
            rowOpen = true;
            xml.ascii("<row r=\"");
            xml.integer(row);
            xml.ascii(lines > 1 ? "\" ht=\"" + lines * Lines.POINTS + "\" customHeight=\"1\">" : "\">");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text, always stored as text; null writes an empty cell. */
    public SheetWriter text(String text) {
        return text(text, Style.DEFAULT);
    }

    public SheetWriter text(String text, Style style) {
        if (text == null) {
            return empty();
        }
        try {
            open(style);
            xml.ascii(preserve(text) ? TEXT_PRESERVED : TEXT_START);
            xml.text(text);
            xml.ascii(TEXT_END);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number; NaN and infinities, which a cell cannot hold, write an empty cell. */
    public SheetWriter number(double value, Style style) {
        if (!Double.isFinite(value)) {
            return empty();
        }
        try {
            openValue(style);
            xml.decimal(value);
            xml.ascii(VALUE_END);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SheetWriter number(long value, Style style) {
        try {
            openValue(style);
            xml.integer(value);
            xml.ascii(VALUE_END);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real Excel date (a day number shown through {@code style}'s date format); null writes an empty cell. */
    public SheetWriter date(LocalDate date, Style style) {
        return date == null ? empty() : number(ExcelDates.serial(date), style);
    }

    public SheetWriter dateTime(LocalDateTime time, Style style) {
        return time == null ? empty() : number(ExcelDates.serial(time), style);
    }

    public SheetWriter bool(boolean value) {
        try {
            open(Style.DEFAULT);
            xml.ascii(value ? BOOLEAN_TRUE : BOOLEAN_FALSE);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leaves the next cell empty (nothing is written for it). */
    public SheetWriter empty() {
        return empty(1);
    }

    public SheetWriter empty(int cells) {
        requireRow();
        column += cells;
        return this;
    }

    /** Rows written so far, the header included. */
    public int rows() {
        return row;
    }

    /** Ends the sheet's XML; the auto-filter spans the header and every row written. */
    void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        if (rowOpen) {
            xml.ascii(ROW_END);
        }
        xml.ascii("</sheetData>");
        if (columnCount > 0) {
            xml.ascii("<autoFilter ref=\"" + filterRange() + "\"/>");
        }
        xml.ascii("<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"landscape\""
                + (onePageWide ? " fitToWidth=\"1\" fitToHeight=\"0\"" : "") + "/></worksheet>");
        xml.flush();
    }

    /** "A1:BO100001": the header and every data row, or null for a sheet without columns. */
    String filterRange() {
        return columnCount == 0 ? null : "A1:" + ColumnNames.of(columnCount - 1) + Math.max(row, 1);
    }

    private void openValue(Style style) throws IOException {
        open(style);
        xml.ascii(VALUE_START);
    }

    /** Writes {@code <c r="B7" s="3"} and moves to the next column. */
    private void open(Style style) throws IOException {
        requireRow();
        if (column >= MAX_COLUMNS) {
            throw new IllegalStateException("a worksheet holds at most " + MAX_COLUMNS + " columns");
        }
        xml.ascii(letters(column));
        xml.integer(row);
        xml.ascii(styleAttribute(style));
        column++;
    }

    /** {@code <c r="AB}, cached per column. */
    private byte[] letters(int index) {
        if (index < letters.length) {
            byte[] known = letters[index];
            if (known == null) {
                known = ascii("<c r=\"" + ColumnNames.of(index));
                letters[index] = known;
            }
            return known;
        }
        return ascii("<c r=\"" + ColumnNames.of(index));
    }

    /** {@code "} for the default style, {@code " s="3"} for another, cached per style. */
    private byte[] styleAttribute(Style style) {
        int index = style.index();
        if (index < styleAttributes.length) {
            byte[] known = styleAttributes[index];
            if (known == null) {
                known = ascii(index == 0 ? "\"" : "\" s=\"" + index + "\"");
                styleAttributes[index] = known;
            }
            return known;
        }
        return ascii("\" s=\"" + index + "\"");
    }

    private void requireRow() {
        if (!rowOpen) {
            throw new IllegalStateException("start a row with row() before writing cells");
        }
        if (finished) {
            throw new IllegalStateException("this sheet is finished");
        }
    }

    private static boolean preserve(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    private static byte[] ascii(String markup) {
        return markup.getBytes(StandardCharsets.US_ASCII);
    }
}
