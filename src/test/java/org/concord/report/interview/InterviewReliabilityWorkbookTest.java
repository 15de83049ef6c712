package org.concord.report.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.interview.InterviewReliability;
import org.concord.interview.Recruiting;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;
import org.concord.scoring.PanelReliability;
import org.junit.jupiter.api.Test;

/** The interview reliability workbook holds the engine's numbers as numbers, in the reader's language. */
class InterviewReliabilityWorkbookTest {

    private static final Questionnaire INTERVIEW = Recruiting.INTERVIEW;

    private static InterviewReliability reliability() {
        List<String> scales = INTERVIEW.scales().stream().map(Scale::id).toList();
        double[][][] panels = {{{4, 4, 4, 4, 4}, {3, 3, 3, 3, 3}}, {{2, 2, 3, 2, 2}, {2, 1, 2, 2, 3}},
                {{5, 5, 4, 5, 5}, {3, 4, 3, 3, 4}}};
        List<PanelReliability.Rating> ratings = new ArrayList<>();
        for (int c = 0; c < panels.length; c++) {
            ratings.add(new PanelReliability.Rating("c" + c, "ann", panels[c][0]));
            ratings.add(new PanelReliability.Rating("c" + c, "bob", panels[c][1]));
        }
        return new InterviewReliability(INTERVIEW, PanelReliability.of(scales, ratings));
    }

    private static Sheet written(InterviewReliability reliability, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InterviewReliabilityWorkbook.write(List.of(reliability), locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }

    private static Row row(Sheet sheet, String first, int from) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (row.getRowNum() >= from && cell != null && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first);
    }

    @Test
    void eachScaleHasItsIccsAndPanelSizeAndEachInterviewerTheirSeverity() throws Exception {
        InterviewReliability reliability = reliability();
        Sheet sheet = written(reliability, Locale.ENGLISH);
        assertEquals("Interview reliability", sheet.getSheetName());
        for (PanelReliability.ScaleReliability scale : reliability.panels().scales()) {
            Row row = row(sheet, INTERVIEW.scale(scale.scale()).orElseThrow().name().in("en"), 0);
            assertEquals(3, row.getCell(1).getNumericCellValue(), 0.0);
            assertEquals(2, row.getCell(2).getNumericCellValue(), 0.0);
            if (scale.icc().icc1().available()) {
                assertEquals(scale.icc().icc1().value(), row.getCell(3).getNumericCellValue(), 1e-12);
                assertEquals(scale.icc().icc2().value(), row.getCell(4).getNumericCellValue(), 1e-12);
            }
        }
        int severities = row(sheet, "Interviewer", 0).getRowNum();
        PanelReliability.Severity first = reliability.panels().severities().get(0);
        Row ann = sheet.getRow(severities + 1);
        assertEquals("ann", ann.getCell(0).getStringCellValue());
        assertEquals(first.severity().value(), ann.getCell(2).getNumericCellValue(), 1e-12);
        assertEquals(3, ann.getCell(3).getNumericCellValue(), 0.0);
        assertTrue(first.severity().value() > 0, "ann rates higher than bob");
        Sheet french = written(reliability, Locale.FRENCH);
        assertEquals("Fiabilité des entretiens", french.getSheetName());
        assertEquals("Nos entretiens sont-ils fiables ?", french.getRow(0).getCell(0).getStringCellValue());
    }
}
