package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;
import org.openqa.selenium.By;

/**
 * What a downloaded candidate report must hold, checked against the candidate page open in the
 * browser: every number of the Summary sheet written as the page writes it (two decimals, whole
 * percentiles) must read the same as the page, band for band and interviewer for interviewer,
 * and the sheet must carry its two charts.
 */
final class CandidateReportExpectations {

    private CandidateReportExpectations() {
    }

    static void assertSameAsPage(XSSFWorkbook workbook, Browser page, String name, Questionnaire selfReport,
                                 Questionnaire interview, List<String> raters) {
        XSSFSheet summary = workbook.getSheet("Summary");
        assertEquals("Candidate report: " + name, summary.getRow(0).getCell(0).getStringCellValue());
        int selfReportAt = rowStarting(summary, "Self-report: ", 0);
        for (Scale scale : selfReport.scales()) {
            Row row = row(summary, scale.name().in("en"), selfReportAt);
            String shown = "#sr-" + scale.id();
            assertEquals(page.text(By.cssSelector(shown + " .cc-score")), decimals(row.getCell(1)), scale.id());
            assertEquals(page.text(By.cssSelector(shown + " .cc-band")), row.getCell(2).getStringCellValue(), scale.id());
            String interval = page.text(By.cssSelector(shown + " .cc-interval"));
            if (interval.contains("–")) {
                assertEquals(interval, decimals(row.getCell(3)) + " – " + decimals(row.getCell(4)), scale.id());
            }
            String percentile = page.text(By.cssSelector(shown + " .cc-percentile"));
            if (!percentile.startsWith("not available")) {
                NumberFormat whole = NumberFormat.getNumberInstance(Locale.ENGLISH);
                whole.setMaximumFractionDigits(0);
                assertEquals(percentile, whole.format(row.getCell(5).getNumericCellValue()) + " (n = "
                        + (int) row.getCell(6).getNumericCellValue() + ")", scale.id());
            }
        }
        int interviewAt = rowStarting(summary, "Interview ratings: ", selfReportAt);
        Row heading = summary.getRow(interviewAt + 1);
        for (Scale scale : interview.scales()) {
            Row row = row(summary, scale.name().in("en"), interviewAt);
            for (String rater : raters) {
                int column = column(heading, rater + ": score");
                String shown = "#iv-" + rater.replace(".", "\\.") + "-" + scale.id();
                assertEquals(page.text(By.cssSelector(shown + " .cc-score")), decimals(row.getCell(column)), rater + " " + scale.id());
                assertEquals(page.text(By.cssSelector(shown + " .cc-band")), row.getCell(column + 1).getStringCellValue());
            }
            String agreement = "#agreement-" + scale.id();
            assertEquals(page.text(By.cssSelector(agreement + " .cc-rwg")), decimals(row.getCell(column(heading, "rwg(j)"))));
            assertEquals(page.text(By.cssSelector(agreement + " .cc-range")), decimals(row.getCell(column(heading, "Range"))));
        }
        assertEquals(2, summary.getDrawingPatriarch().getCharts().size(), "a bar chart of the self-report and one of the interview");
    }

    /** The row of the Interview or Answers sheet's table header. */
    static int headerRow(Sheet sheet) {
        return rowStarting(sheet, "#", 0);
    }

    /** The column of the table header cell that reads {@code heading}. */
    static int column(Sheet sheet, String heading) {
        return column(sheet.getRow(headerRow(sheet)), heading);
    }

    private static int column(Row heading, String text) {
        for (Cell cell : heading) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + text);
    }

    private static int rowStarting(Sheet sheet, String start, int from) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (row.getRowNum() >= from && first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().startsWith(start)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starting " + start + " in " + sheet.getSheetName());
    }

    private static Row row(Sheet sheet, String start, int from) {
        return sheet.getRow(rowStarting(sheet, start, from));
    }

    private static String decimals(Cell cell) {
        assertTrue(cell != null && cell.getCellType() == CellType.NUMERIC, "a number is expected");
        return RecruiterExpectations.decimals(cell.getNumericCellValue());
    }
}
