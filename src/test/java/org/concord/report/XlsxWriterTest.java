package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming writer's workbooks, opened again with POI: values, cell types, styles, panes, filters. */
class XlsxWriterTest {

    private static final List<Column> THREE = List.of(new Column("Id", 8), new Column("Name", 20), new Column("Score", 9.5));

    /** Writes one sheet "Data" with the three columns and whatever rows {@code rows} writes, and reopens it. */
    private static XSSFWorkbook written(Consumer<SheetWriter> rows) {
        return written(xlsx -> rows.accept(xlsx.sheet("Data", THREE)), true);
    }

    private static XSSFWorkbook written(Consumer<XlsxWriter> content, boolean unused) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(bytes)) {
            content.accept(xlsx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFCell onlyCell(XSSFWorkbook workbook) {
        return workbook.getSheet("Data").getRow(1).getCell(0);
    }

    private static String textRoundTrip(String text) {
        try (XSSFWorkbook workbook = written(sheet -> sheet.row().text(text))) {
            XSSFCell cell = onlyCell(workbook);
            assertEquals(CellType.STRING, cell.getCellType());
            return cell.getStringCellValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theHeaderRowIsBoldFrozenAndFiltered() throws IOException {
        try (XSSFWorkbook workbook = written(sheet -> {
            sheet.row().number(1, Style.DEFAULT).text("Ada").number(3.5, Style.DEFAULT);
            sheet.row().number(2, Style.DEFAULT).text("Bea").number(4.25, Style.DEFAULT);
        })) {
            XSSFSheet sheet = workbook.getSheet("Data");
            XSSFRow header = sheet.getRow(0);
            assertEquals(List.of("Id", "Name", "Score"), List.of(header.getCell(0).getStringCellValue(),
                    header.getCell(1).getStringCellValue(), header.getCell(2).getStringCellValue()));
            assertTrue(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(0, sheet.getPaneInformation().getVerticalSplitPosition());
            assertEquals("A1:C3", sheet.getCTWorksheet().getAutoFilter().getRef());
            XSSFName filter = workbook.getName("_xlnm._FilterDatabase");
            assertEquals("Data!$A$1:$C$3", filter.getRefersToFormula());
            assertEquals(0, filter.getSheetIndex());
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void anEmptySheetStillHasItsHeaderAndAFilterOverIt() throws IOException {
        try (XSSFWorkbook workbook = written(sheet -> { })) {
            XSSFSheet sheet = workbook.getSheet("Data");
            assertEquals(0, sheet.getLastRowNum());
            assertEquals("A1:C1", sheet.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void columnWidthsAreTheOnesGiven() throws IOException {
        try (XSSFWorkbook workbook = written(sheet -> sheet.row().text("x"))) {
            XSSFSheet sheet = workbook.getSheet("Data");
            assertEquals(8 * 256, sheet.getColumnWidth(0));
            assertEquals(20 * 256, sheet.getColumnWidth(1));
            assertEquals(9.5 * 256, sheet.getColumnWidth(2), 1);
        }
    }

    @Test
    void numbersKeepTheirValueTypeAndFormat() throws IOException {
        try (XSSFWorkbook workbook = written(xlsx -> {
            Style whole = xlsx.numberStyle("0");
            Style score = xlsx.numberStyle("0.00");
            xlsx.sheet("Data", THREE).row().number(42, whole).number(-7, whole).number(3.4285714285714284, score);
        }, true)) {
            XSSFRow row = workbook.getSheet("Data").getRow(1);
            for (int i = 0; i < 3; i++) {
                assertEquals(CellType.NUMERIC, row.getCell(i).getCellType());
            }
            assertEquals(42, row.getCell(0).getNumericCellValue());
            assertEquals(-7, row.getCell(1).getNumericCellValue());
            assertEquals(3.4285714285714284, row.getCell(2).getNumericCellValue());
            assertEquals("0", row.getCell(0).getCellStyle().getDataFormatString());
            assertEquals("0.00", row.getCell(2).getCellStyle().getDataFormatString());
            assertFalse(DateUtil.isCellDateFormatted(row.getCell(2)));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, 1, -1, 0.1, 1e-7, 1.5e-300, 123456789012345.0, 1e15, 1e20, -2.5e22, Double.MAX_VALUE,
            Double.MIN_NORMAL, 4.35, 2.0 / 3})
    void aDoubleReadsBackExactly(double value) throws IOException {
        try (XSSFWorkbook workbook = written(sheet -> sheet.row().number(value, Style.DEFAULT))) {
            assertEquals(value == 0 ? 0.0 : value, onlyCell(workbook).getNumericCellValue());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 9, 10, -10, 1_048_576, Integer.MAX_VALUE, Long.MIN_VALUE, 999_999_999_999_999L})
    void aWholeNumberReadsBack(long value) throws IOException {
        try (XSSFWorkbook workbook = written(sheet -> sheet.row().number(value, Style.DEFAULT))) {
            assertEquals((double) value, onlyCell(workbook).getNumericCellValue());
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void whatACellCannotHoldIsLeftEmpty(double value) throws IOException {
        try (XSSFWorkbook workbook = written(sheet -> sheet.row().number(value, Style.DEFAULT).text("after"))) {
            XSSFRow row = workbook.getSheet("Data").getRow(1);
            assertNull(row.getCell(0));
            assertEquals("after", row.getCell(1).getStringCellValue());
        }
    }

    @Test
    void datesAreRealExcelDatesWithTheirFormat() throws IOException {
        try (XSSFWorkbook workbook = written(xlsx -> {
            Style day = xlsx.dateStyle("yyyy-mm-dd");
            Style minute = xlsx.dateStyle("yyyy-mm-dd hh:mm");
            xlsx.sheet("Data", THREE).row().date(LocalDate.of(2026, 11, 26), day)
                    .dateTime(LocalDateTime.of(2026, 3, 1, 18, 45), minute).date(LocalDate.of(1900, 3, 1), day);
        }, true)) {
            XSSFRow row = workbook.getSheet("Data").getRow(1);
            XSSFCell day = row.getCell(0);
            assertEquals(CellType.NUMERIC, day.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(day));
            assertEquals("yyyy-mm-dd", day.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2026, 11, 26).atStartOfDay(), day.getLocalDateTimeCellValue());
            assertEquals(46352, day.getNumericCellValue(), "the serial Excel itself gives 26/11/2026");
            assertEquals(LocalDateTime.of(2026, 3, 1, 18, 45), row.getCell(1).getLocalDateTimeCellValue());
            assertEquals(61, row.getCell(2).getNumericCellValue(), "1 March 1900 is day 61 in Excel");
        }
    }

    @Test
    void nullsAndSkippedCellsAreEmpty() throws IOException {
        try (XSSFWorkbook workbook = written(sheet -> sheet.row().text(null).empty().date(null, Style.DEFAULT)
                .row().empty(2).number(1, Style.DEFAULT))) {
            XSSFSheet sheet = workbook.getSheet("Data");
            assertTrue(sheet.getRow(1) == null || sheet.getRow(1).getPhysicalNumberOfCells() == 0);
            XSSFRow second = sheet.getRow(2);
            assertNull(second.getCell(0));
            assertNull(second.getCell(1));
            assertEquals(1, second.getCell(2).getNumericCellValue());
        }
    }

    @Test
    void booleansAreBooleans() throws IOException {
        try (XSSFWorkbook workbook = written(sheet -> sheet.row().bool(true).bool(false))) {
            XSSFRow row = workbook.getSheet("Data").getRow(1);
            assertEquals(CellType.BOOLEAN, row.getCell(0).getCellType());
            assertTrue(row.getCell(0).getBooleanCellValue());
            assertFalse(row.getCell(1).getBooleanCellValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A3)", "+33 1 23 45 67 89", "-1", "@me", "=HYPERLINK(\"http://x\")", "'quoted", "123",
            "1/2", "TRUE", "0042"})
    void textThatLooksLikeAFormulaOrANumberStaysText(String text) throws IOException {
        try (XSSFWorkbook workbook = written(sheet -> sheet.row().text(text))) {
            XSSFCell cell = onlyCell(workbook);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals(text, cell.getStringCellValue());
            assertFalse(cell.getCTCell().isSetF(), "no formula");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>bold</b> & \"quotes\" 'single' ]]> &amp;", "Équipe été, 中文, emoji 😀 𝄞",
            "two\nlines", "tab\tinside", " leading space", "trailing space ", "  ", "", "\r\nwindows\r\n",
            "_x0041_ is not A", "_x00", "snake_case_x_y", "__x0001__"})
    void textReadsBackExactly(String text) {
        assertEquals(text, textRoundTrip(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "bell\u0007", "vertical tab\u000B", "form feed\u000C", "escape\u001B",
            "unpaired \uD800 high", "unpaired \uDC00 low", "not a character \uFFFE\uFFFF", "\u0001\u0002\u001F"})
    void charactersXmlCannotHoldAreEscapedAndReadBack(String text) {
        assertEquals(text, textRoundTrip(text));
    }

    @Test
    void sheetsKeepTheirNamesAndOrderAndTheFirstIsSelected() throws IOException {
        try (XSSFWorkbook workbook = written(xlsx -> {
            xlsx.sheet("Données", THREE).row().text("a");
            xlsx.sheet("Codebook", List.of(new Column("Item", 10))).row().text("b");
            xlsx.sheet("Plain", List.of()).row().text("c");
        }, true)) {
            assertEquals(3, workbook.getNumberOfSheets());
            assertEquals("Données", workbook.getSheetName(0));
            assertEquals("Codebook", workbook.getSheetName(1));
            assertEquals("a", workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            assertEquals("b", workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue());
            XSSFSheet plain = workbook.getSheetAt(2);
            assertEquals("c", plain.getRow(0).getCell(0).getStringCellValue());
            assertNull(plain.getPaneInformation());
            assertFalse(plain.getCTWorksheet().isSetAutoFilter());
            assertEquals("Codebook!$A$1:$A$2", workbook.getName("_xlnm._FilterDatabase") == null ? null
                    : workbook.getNames("_xlnm._FilterDatabase").stream().filter(n -> n.getSheetIndex() == 1)
                    .findFirst().orElseThrow().getRefersToFormula());
            assertTrue(workbook.getSheetAt(0).isSelected());
            assertFalse(workbook.getSheetAt(1).isSelected());
        }
    }

    @Test
    void aSheetNameExcelRefusesIsMadeSafe() throws IOException {
        try (XSSFWorkbook workbook = written(xlsx -> xlsx.sheet("a/b:c?[d]*e\\ and far too long for Excel", THREE),
                true)) {
            String name = workbook.getSheetName(0);
            assertTrue(name.length() <= 31, name);
            assertFalse(name.matches(".*[/:?\\[\\]*\\\\].*"), name);
        }
    }

    @Test
    void cellsBeforeARowAreRefused() {
        assertThrows(IllegalStateException.class, () -> written(sheet -> sheet.text("no row yet")));
    }

    @Test
    void aWorkbookWithoutSheetsIsRefused() {
        assertThrows(IllegalStateException.class, () -> written(xlsx -> { }, true));
    }

    @Test
    void theSameFormatGivesTheSameStyle() throws IOException {
        try (XlsxWriter xlsx = new XlsxWriter(new ByteArrayOutputStream())) {
            assertEquals(xlsx.numberStyle("0.00"), xlsx.numberStyle("0.00"));
            assertFalse(xlsx.numberStyle("0").equals(xlsx.numberStyle("0.00")));
            assertFalse(xlsx.headerStyle().equals(Style.DEFAULT));
            xlsx.sheet("x", List.of());
        }
    }

    @Test
    void columnNamesRunFromAToXfd() {
        assertEquals("A", ColumnNames.of(0));
        assertEquals("Z", ColumnNames.of(25));
        assertEquals("AA", ColumnNames.of(26));
        assertEquals("AZ", ColumnNames.of(51));
        assertEquals("BA", ColumnNames.of(52));
        assertEquals("ZZ", ColumnNames.of(701));
        assertEquals("AAA", ColumnNames.of(702));
        assertEquals("XFD", ColumnNames.of(16383));
    }

    @Test
    void aColumnFitsItsHeaderAndContent() {
        assertEquals(12, Column.fitting("Campaign", 3).width());
        assertEquals(22, Column.fitting("Id", 20).width());
        assertEquals(60, Column.fitting("Text", 500).width());
        assertThrows(IllegalArgumentException.class, () -> new Column("x", 0));
    }
}
