package org.concord.report.team;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.report.ReportTexts;
import org.concord.report.workbook.Cells;
import org.concord.report.workbook.Table;

/**
 * Writes the team report of a campaign wave as an .xlsx in the reader's language: Summary,
 * Quadrant (scatter chart), Mechanisms (radar chart), Change, Item statistics and
 * Recommendations. The report holds tens of teams, so it is built in memory with XSSF, which
 * can draw native charts; the anonymity rule is kept sheet by sheet (see each sheet). Reports
 * each sheet done to {@code progress}.
 */
public final class TeamReportWorkbook {

    /** How many steps {@link #write} reports: one per sheet. */
    public static final int STEPS = 6;

    private TeamReportWorkbook() {
    }

    public static void write(TeamReportData data, Locale locale, OutputStream out, LongConsumer progress) throws IOException {
        if (!data.results().released()) {
            throw new IllegalStateException("a team report is released when its wave closes, not before");
        }
        ReportTexts texts = ReportTexts.of(locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cells cells = new Cells(workbook);
            new SummarySheet(data, texts, cells).write(table(workbook, cells, texts.get("report.team.summary.sheet")));
            progress.accept(1);
            new QuadrantSheet(data, texts, cells).write(table(workbook, cells, texts.get("report.team.quadrant.sheet")));
            progress.accept(2);
            new MechanismSheet(data, texts, cells).write(table(workbook, cells, texts.get("report.team.mechanisms.sheet")));
            progress.accept(3);
            new ChangeSheet(data, texts, cells).write(table(workbook, cells, texts.get("report.team.change.sheet")));
            progress.accept(4);
            new ItemSheet(data, texts, cells).write(table(workbook, cells, texts.get("report.team.items.sheet")));
            progress.accept(5);
            new RecommendationSheet(data, texts).write(table(workbook, cells, texts.get("report.team.recommendations.sheet")));
            workbook.write(out);
            progress.accept(6);
        }
    }

    private static Table table(XSSFWorkbook workbook, Cells cells, String name) {
        return new Table(workbook.createSheet(name), cells);
    }
}
