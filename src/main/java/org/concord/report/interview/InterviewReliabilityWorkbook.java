package org.concord.report.interview;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.interview.InterviewReliability;
import org.concord.report.ReportTexts;
import org.concord.report.workbook.Cells;
import org.concord.report.workbook.Table;
import org.concord.scoring.Estimate;
import org.concord.scoring.PanelReliability;

/**
 * Writes HR's interview reliability as an .xlsx in the reader's language, one sheet: per
 * interview questionnaire version, a table of its scales (candidates with at least two
 * interviewers, mean panel size, ICC(1), ICC(2), interviewers a panel needs for 0.80, or why a
 * figure is not available) and a table of every interviewer's severity per scale with the
 * number of candidates it rests on. The numbers are those of the HR page.
 */
public final class InterviewReliabilityWorkbook {

    private InterviewReliabilityWorkbook() {
    }

    public static void write(List<InterviewReliability> versions, Locale locale, OutputStream out) throws IOException {
        ReportTexts texts = ReportTexts.of(locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cells cells = new Cells(workbook);
            Table table = new Table(workbook.createSheet(texts.get("hr.interviews.sheet")), cells);
            table.title(texts.get("hr.interviews.title"));
            table.paragraph(texts.get("hr.interviews.lead"), 7);
            if (versions.isEmpty()) {
                table.note(texts.get("hr.interviews.none"));
            }
            for (InterviewReliability version : versions) {
                write(table, cells, texts, version);
            }
            table.finish();
            workbook.write(out);
        }
    }

    private static void write(Table table, Cells cells, ReportTexts texts, InterviewReliability version) {
        String language = texts.language();
        table.skip();
        table.section(version.questionnaire().title().in(language) + " (" + version.questionnaire().key() + ")");
        table.heading(List.of(texts.get("hr.interviews.scale"), texts.get("hr.interviews.candidates"),
                texts.get("hr.interviews.meanPanel"), texts.get("hr.interviews.icc1"), texts.get("hr.interviews.icc2"),
                texts.get("hr.interviews.needed"), texts.get("report.candidate.notAvailable")));
        for (PanelReliability.ScaleReliability scale : version.panels().scales()) {
            table.row();
            table.text(0, scaleName(version, scale.scale(), language));
            table.number(1, scale.candidates(), cells.count);
            table.number(2, scale.meanPanel(), cells.mean);
            coefficient(table, cells, 3, scale.icc().icc1());
            coefficient(table, cells, 4, scale.icc().icc2());
            if (scale.panelFor80().available()) {
                table.number(5, scale.interviewersNeeded(), cells.count);
            } else {
                table.wrapped(6, texts.reason(scale.panelFor80()), 40);
            }
        }
        table.skip();
        table.heading(List.of(texts.get("hr.interviews.interviewer"), texts.get("hr.interviews.scale"),
                texts.get("hr.interviews.severity"), texts.get("hr.interviews.candidates")));
        for (PanelReliability.Severity severity : version.panels().severities()) {
            table.row();
            table.text(0, severity.interviewer());
            table.text(1, scaleName(version, severity.scale(), language));
            if (severity.severity().available()) {
                table.number(2, severity.severity().value(), cells.mean);
            } else {
                table.text(2, texts.reason(severity.severity()));
            }
            table.number(3, severity.candidates(), cells.count);
        }
    }

    private static void coefficient(Table table, Cells cells, int column, Estimate estimate) {
        if (estimate.available()) {
            table.number(column, estimate.value(), cells.coefficient);
        }
    }

    private static String scaleName(InterviewReliability version, String scale, String language) {
        return version.questionnaire().scale(scale).map(s -> s.name().in(language)).orElse(scale);
    }
}
