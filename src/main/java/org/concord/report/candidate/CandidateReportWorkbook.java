package org.concord.report.candidate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.interview.Reason;
import org.concord.report.ReportTexts;
import org.concord.report.workbook.Cells;
import org.concord.report.workbook.Table;

/**
 * Writes a candidate report as an .xlsx in the reader's language: a Summary sheet (who, for
 * which position, when, by whom; the self-report's scales with band, 95% interval and
 * percentile; the interviewers' scale scores and their agreement; decision support; native bar
 * charts of both), an Interview sheet (each question with every shown interviewer's rating and
 * notes) and an Answers sheet (each self-report item with the answer and its keyed value). One
 * person's report is small, so it is built in memory with XSSF, which draws native charts.
 */
public final class CandidateReportWorkbook {

    private CandidateReportWorkbook() {
    }

    public static void write(CandidateReportData data, Locale locale, OutputStream out) throws IOException {
        ReportTexts texts = ReportTexts.of(locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cells cells = new Cells(workbook);
            new SummarySheet(data, texts, cells).write(table(workbook, cells, texts.get("report.candidate.summary.sheet")));
            new InterviewRatingsSheet(data, texts, cells).write(table(workbook, cells, texts.get("report.candidate.interview.sheet")));
            new AnswersSheet(data, texts, cells).write(table(workbook, cells, texts.get("report.candidate.answers.sheet")));
            workbook.write(out);
        }
    }

    private static Table table(XSSFWorkbook workbook, Cells cells, String name) {
        return new Table(workbook.createSheet(name), cells);
    }

    /** Why a number is missing, in the reader's words. */
    static String reason(ReportTexts texts, Reason reason) {
        return texts.format(reason.key(), reason.arguments().toArray());
    }
}
