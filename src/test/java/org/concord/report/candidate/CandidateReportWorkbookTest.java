package org.concord.report.candidate;

import static org.concord.interview.Recruiting.CLOCK;
import static org.concord.interview.Recruiting.INTERVIEW;
import static org.concord.interview.Recruiting.OMAR;
import static org.concord.interview.Recruiting.RITA;
import static org.concord.interview.Recruiting.SELF_REPORT;
import static org.concord.interview.Recruiting.candidate;
import static org.concord.interview.Recruiting.consistent;
import static org.concord.interview.Recruiting.create;
import static org.concord.interview.Recruiting.varied;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.interview.InterviewService;
import org.concord.interview.Recruiting;
import org.concord.kernel.Refusal;
import org.concord.interview.ScaleResult;
import org.concord.questionnaire.Item;
import org.concord.scoring.Agreement;
import org.concord.scoring.RespondentScorer;
import org.concord.scoring.ScoringPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CandidateReportWorkbookTest {

    private static final double EXACT = 1e-9;
    private static final String NOTE = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private static CandidateReportData data(Container container, java.util.Optional<org.concord.security.Caller> reader, long candidate) {
        return container.get(CandidateReports.class).data(reader, candidate);
    }

    private static XSSFWorkbook written(CandidateReportData data, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CandidateReportWorkbook.write(data, locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The first row whose column A reads {@code label}, below {@code from}. */
    private static Row row(Sheet sheet, String label, int from) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (row.getRowNum() >= from && first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    private static int rowOf(Sheet sheet, String startsWith) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().startsWith(startsWith)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starting " + startsWith + " in " + sheet.getSheetName());
    }

    private static void assertNumber(double expected, Cell cell, String format) {
        assertNotNull(cell, "a cell is expected");
        assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress() + " is a number");
        assertEquals(expected, cell.getNumericCellValue(), EXACT, cell.getAddress().toString());
        assertEquals(format, cell.getCellStyle().getDataFormatString(), cell.getAddress().toString());
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        assertNotNull(cell, "a cell at column " + column + " of row " + row.getRowNum());
        assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress() + " is text");
        return cell.getStringCellValue();
    }

    private static List<String> columnA(Sheet sheet) {
        List<String> lines = new ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                lines.add(cell.getStringCellValue());
            }
        }
        return lines;
    }

    /**
     * A candidate among eleven others (so that the twelve self-reports give alpha and intervals,
     * but no percentile against a norm group of 30), with two interviewers who both submitted;
     * rita's first note looks like a formula.
     */
    private static long interviewed(Container container, Map<String, Integer> answers, Map<String, Integer> ritas, Map<String, Integer> omars) {
        for (int seed = 0; seed < 11; seed++) {
            long other = create(container, RITA, candidate("Other " + seed, "Analyst"));
            Recruiting.selfReport(container, RITA, other, varied(seed));
        }
        long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
        Recruiting.selfReport(container, RITA, candidate, answers);
        Recruiting.panel(container, RITA, candidate, "omar");
        Recruiting.interview(container, OMAR, candidate, omars);
        String first = INTERVIEW.items().get(0).id();
        for (Map.Entry<String, Integer> rating : ritas.entrySet()) {
            String note = rating.getKey().equals(first) ? NOTE : null;
            container.get(InterviewService.class)
                    .rate(RITA, candidate, rating.getKey(), rating.getValue(), note, 1);
        }
        container.get(InterviewService.class).submit(RITA, candidate);
        return candidate;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSummaryHoldsTheScoresBandsIntervalsPercentilesAndTheInterviewersAgreement(TestDatabase database) throws Exception {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            Map<String, Integer> answers = varied(7);
            Map<String, Integer> omars = consistent(INTERVIEW, 4);
            Map<String, Integer> ritas = new HashMap<>(consistent(INTERVIEW, 4));
            ritas.put(INTERVIEW.items().get(0).id(), 1);
            ritas.put(INTERVIEW.items().get(1).id(), 2);
            long candidate = interviewed(container, answers, ritas, omars);
            CandidateReportData data = data(container, RITA, candidate);

            try (XSSFWorkbook workbook = written(data, Locale.ENGLISH)) {
                assertEquals(List.of("Summary", "Interview", "Answers"),
                        List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
                XSSFSheet summary = workbook.getSheet("Summary");
                assertEquals("Candidate report: Bea Martin", summary.getRow(0).getCell(0).getStringCellValue());
                assertEquals("Team lead", text(row(summary, "Position applied for", 0), 1));
                assertEquals("rita", text(row(summary, "Recruiter", 0), 1));
                assertEquals("omar, rita", text(row(summary, "Interviewers", 0), 1));
                Cell submitted = row(summary, "Self-report submitted (UTC)", 0).getCell(1);
                assertTrue(DateUtil.isCellDateFormatted(submitted), "a date, not text");
                assertEquals(CLOCK.instant(), submitted.getLocalDateTimeCellValue().toInstant(java.time.ZoneOffset.UTC));

                ScoringPlan plan = ScoringPlan.of(SELF_REPORT);
                int[] own = new RespondentScorer(plan).answers(answers);
                int selfReport = rowOf(summary, "Self-report: ");
                assertTrue(text(summary.getRow(selfReport + 1), 0).contains("(n = 12)"), "the norm group is named with its size");
                assertEquals(List.of("Percentile", "Norm group (n)", "Alpha (norm group)", "Not available, and why"),
                        List.of(text(summary.getRow(selfReport + 2), 5), text(summary.getRow(selfReport + 2), 6),
                                text(summary.getRow(selfReport + 2), 7), text(summary.getRow(selfReport + 2), 8)));
                for (int s = 0; s < plan.scaleCount(); s++) {
                    ScaleResult shown = data.profile().selfReportScales().get(s);
                    Row row = row(summary, plan.scale(s).name().in("en"), selfReport);
                    assertNumber(plan.scaleScore(own, s), row.getCell(1), "0.00");
                    assertEquals(plan.scale(s).bandOf(plan.scaleScore(own, s)).label().in("en"), text(row, 2));
                    if (shown.hasInterval()) {
                        assertNumber(shown.interval().low(), row.getCell(3), "0.00");
                        assertNumber(shown.interval().high(), row.getCell(4), "0.00");
                        assertTrue(shown.interval().low() >= 1 && shown.interval().high() <= 5, "within the response range");
                    } else {
                        assertTrue(text(row, 8).startsWith("95% interval: not available"), text(row, 8));
                    }
                    assertNull(row.getCell(5), "no percentile against a norm group of 12");
                    assertTrue(text(row, 8).contains("Percentile: not available: norm group n = 12, percentiles need at least 30"),
                            text(row, 8));
                    assertNumber(12, row.getCell(6), "0");
                    assertNumber(shown.alpha().value(), row.getCell(7), "0.000");
                    assertEquals(shown.alpha().value() < 0, text(row, 8).contains("is negative: the items do not measure one thing"));
                }
                assertTrue(data.profile().selfReportScales().stream().anyMatch(ScaleResult::hasInterval),
                        "the fixture gives at least one scale an interval");

                ScoringPlan interview = ScoringPlan.of(INTERVIEW);
                RespondentScorer scorer = new RespondentScorer(interview);
                List<int[]> ratings = List.of(scorer.answers(omars), scorer.answers(ritas));
                int interviews = rowOf(summary, "Interview ratings: ");
                Row heading = summary.getRow(interviews + 1);
                assertEquals(List.of("omar: score", "omar: band", "rita: score", "rita: band", "Range", "rwg(j)", "Agreement"),
                        List.of(text(heading, 1), text(heading, 2), text(heading, 3), text(heading, 4), text(heading, 5),
                                text(heading, 6), text(heading, 7)));
                for (int s = 0; s < interview.scaleCount(); s++) {
                    Row row = row(summary, interview.scale(s).name().in("en"), interviews);
                    double omar = interview.scaleScore(ratings.get(0), s);
                    double rita = interview.scaleScore(ratings.get(1), s);
                    assertNumber(omar, row.getCell(1), "0.00");
                    assertNumber(rita, row.getCell(3), "0.00");
                    assertNumber(Math.abs(omar - rita), row.getCell(5), "0.00");
                    double rwg = Agreement.rwgj(ratings, interview.itemsOf(s), 5).value();
                    assertNumber(rwg, row.getCell(6), "0.000");
                    assertEquals(rwg < Agreement.LOW_AGREEMENT ? "Low agreement: discuss before concluding" : "agree", text(row, 7));
                }

                assertTrue(summary.getPrintSetup().getLandscape() && summary.getFitToPage(), "printed landscape, one page wide");
                List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
                assertEquals(2, charts.size(), "one bar chart of the self-report, one of the interview");
                XDDFChartData self = charts.get(0).getChartSeries().get(0);
                assertInstanceOf(XDDFBarChartData.class, self);
                assertEquals(1, self.getSeriesCount());
                assertEquals(plan.scaleCount(), self.getSeries(0).getCategoryData().getPointCount());
                assertEquals(plan.scale(0).name().in("en"), self.getSeries(0).getCategoryData().getPointAt(0));
                XDDFChartData rated = charts.get(1).getChartSeries().get(0);
                assertInstanceOf(XDDFBarChartData.class, rated);
                assertEquals(2, rated.getSeriesCount(), "a series per interviewer");

                List<String> lines = columnA(summary);
                int advice = lines.indexOf("Recommendation");
                assertTrue(advice > 0, lines.toString());
                assertTrue(lines.get(advice + 1).startsWith("These scores support the interviewers' judgement"));
                for (var low : data.profile().lowScales()) {
                    assertTrue(lines.stream().anyMatch(l -> l.startsWith("Explore " + low.scale().name().in("en") + " in the interview: ")),
                            "the probes of " + low.scale().id());
                }
                for (var agreement : data.profile().agreement()) {
                    assertEquals(agreement.low(), lines.stream().anyMatch(l -> l.startsWith("The interviewers disagree on "
                            + agreement.scale().name().in("en"))), agreement.scale().id());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theInterviewSheetHasEveryQuestionWithEachRatingAndNoteAndNotesStayText(TestDatabase database) throws Exception {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            Map<String, Integer> omars = consistent(INTERVIEW, 4);
            Map<String, Integer> ritas = new HashMap<>(consistent(INTERVIEW, 3));
            long candidate = interviewed(container, varied(3), ritas, omars);

            try (XSSFWorkbook workbook = written(data(container, OMAR, candidate), Locale.ENGLISH)) {
                Sheet sheet = workbook.getSheet("Interview");
                int header = rowOf(sheet, "#");
                Row heading = sheet.getRow(header);
                assertEquals(List.of("Scale", "Question", "omar: rating", "omar: notes", "rita: rating", "rita: notes"),
                        List.of(text(heading, 1), text(heading, 2), text(heading, 3), text(heading, 4), text(heading, 5), text(heading, 6)));
                List<Item> items = INTERVIEW.items();
                for (int i = 0; i < items.size(); i++) {
                    Row row = sheet.getRow(header + 1 + i);
                    assertNumber(i + 1, row.getCell(0), "0");
                    assertEquals(INTERVIEW.scale(items.get(i).scale()).orElseThrow().name().in("en"), text(row, 1));
                    assertEquals(items.get(i).text().in("en"), text(row, 2));
                    assertNumber(omars.get(items.get(i).id()), row.getCell(3), "0");
                    assertNumber(ritas.get(items.get(i).id()), row.getCell(5), "0");
                }
                Cell note = sheet.getRow(header + 1).getCell(6);
                assertEquals(CellType.STRING, note.getCellType(), "a note that looks like a formula stays text");
                assertEquals(NOTE, note.getStringCellValue());
                assertTrue(note.getCellStyle().getQuotePrefixed());
                assertEquals(header, sheet.getPaneInformation().getHorizontalSplitTopRow() - 1, "the header row is frozen");
                for (Sheet any : workbook) {
                    for (Row row : any) {
                        row.forEach(cell -> assertFalse(cell.getCellType() == CellType.FORMULA, "no formula: " + cell.getAddress()));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theAnswersSheetHasEachItemsAnswerAndKeyedValue(TestDatabase database) throws Exception {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            Map<String, Integer> answers = varied(4);
            long candidate = interviewed(container, answers, consistent(INTERVIEW, 3), consistent(INTERVIEW, 3));

            try (XSSFWorkbook workbook = written(data(container, RITA, candidate), Locale.ENGLISH)) {
                Sheet sheet = workbook.getSheet("Answers");
                int header = rowOf(sheet, "#");
                List<Item> items = SELF_REPORT.items();
                assertEquals(header + items.size(), sheet.getLastRowNum());
                boolean someReversed = false;
                for (int i = 0; i < items.size(); i++) {
                    Item item = items.get(i);
                    Row row = sheet.getRow(header + 1 + i);
                    int answer = answers.get(item.id());
                    assertEquals(item.id(), text(row, 1));
                    assertEquals(item.text().in("en"), text(row, 2));
                    assertNumber(answer, row.getCell(5), "0");
                    assertEquals(SELF_REPORT.responseFormat().labels().get(answer).in("en"), text(row, 6));
                    if (item.attention()) {
                        String asked = SELF_REPORT.responseFormat().labels().get(item.expected()).in("en");
                        assertEquals("Attention item (never scored): asks for " + item.expected() + " " + asked, text(row, 3));
                        assertNull(row.getCell(4), "an attention item has no key");
                        assertNull(row.getCell(7), "nor a keyed value");
                        continue;
                    }
                    assertEquals(item.reversed() ? "-" : "+", text(row, 4));
                    assertNumber(item.reversed() ? 6 - answer : answer, row.getCell(7), "0");
                    someReversed |= item.reversed();
                }
                assertTrue(someReversed, "the self-report has reverse-keyed items");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aScaleWithTooFewAnswersHasNoNumberButItsReasonAndItsItemsSayNotAnswered(TestDatabase database) throws Exception {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            Map<String, Integer> answers = consistent(SELF_REPORT, 4);
            List<Item> trust = SELF_REPORT.itemsOf("trust");
            trust.subList(1, trust.size()).forEach(item -> answers.remove(item.id()));
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            Recruiting.selfReport(container, RITA, candidate, answers);

            try (XSSFWorkbook workbook = written(data(container, RITA, candidate), Locale.ENGLISH)) {
                XSSFSheet summary = workbook.getSheet("Summary");
                Row row = row(summary, SELF_REPORT.scale("trust").orElseThrow().name().in("en"), rowOf(summary, "Self-report: "));
                assertNull(row.getCell(1), "a missing score is never written as a number, nor as 0");
                assertNull(row.getCell(2));
                assertTrue(text(row, 8).startsWith("no score: 1 of " + trust.size() + " questions answered"), text(row, 8));
                assertNull(row.getCell(7), "no alpha from one case");
                assertTrue(text(row, 8).contains("Alpha (norm group): not available: reliability needs at least 10 complete answers"
                        + " to this scale, there are 0"), text(row, 8));
                Sheet sheet = workbook.getSheet("Answers");
                int header = rowOf(sheet, "#");
                for (int i = 0; i < SELF_REPORT.items().size(); i++) {
                    Item item = SELF_REPORT.items().get(i);
                    Row answer = sheet.getRow(header + 1 + i);
                    if (answers.containsKey(item.id())) {
                        assertNumber(answers.get(item.id()), answer.getCell(5), "0");
                    } else {
                        assertNull(answer.getCell(5));
                        assertNull(answer.getCell(7));
                        assertEquals("not answered", text(answer, 6));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anInterviewerWhoHasNotSubmittedSeesOnlyTheirOwnRatingsAsOnThePage(TestDatabase database) throws Exception {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            Recruiting.panel(container, RITA, candidate, "omar");
            Recruiting.interview(container, RITA, candidate, consistent(INTERVIEW, 2));
            String first = INTERVIEW.items().get(0).id();
            container.get(InterviewService.class).rate(OMAR, candidate, first, 5, "Strong answer", 1);

            try (XSSFWorkbook workbook = written(data(container, OMAR, candidate), Locale.ENGLISH)) {
                Sheet interview = workbook.getSheet("Interview");
                Row heading = interview.getRow(rowOf(interview, "#"));
                assertEquals("omar (not submitted): rating", text(heading, 3));
                assertNull(heading.getCell(5), "rita's ratings stay hidden until omar submits");
                List<String> summary = columnA(workbook.getSheet("Summary"));
                assertTrue(summary.contains("Ratings of 1 other interviewer(s) stay hidden until you submit yours."), summary.toString());
                assertTrue(summary.contains("No interview has been submitted yet."), summary.toString());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewCandidatesReportSaysWhatIsStillMissingAndDrawsNothing(TestDatabase database) throws Exception {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("=cmd|' /C calc'!A0", "@Position"));

            try (XSSFWorkbook workbook = written(data(container, RITA, candidate), Locale.ENGLISH)) {
                XSSFSheet summary = workbook.getSheet("Summary");
                assertEquals("=cmd|' /C calc'!A0", text(row(summary, "Name", 0), 1));
                assertEquals("@Position", text(row(summary, "Position applied for", 0), 1));
                assertEquals("none yet", text(row(summary, "Interviewers", 0), 1));
                assertEquals("not yet", text(row(summary, "Self-report submitted (UTC)", 0), 1));
                List<String> lines = columnA(summary);
                assertTrue(lines.contains("The candidate has not been given the self-report yet."), lines.toString());
                assertTrue(lines.contains("The candidate has not submitted the self-report: its scales and probes will follow."));
                assertTrue(lines.stream().anyMatch(l -> l.startsWith("No interview has been submitted yet: ")));
                assertNull(summary.getDrawingPatriarch(), "no chart without scores");
                assertTrue(columnA(workbook.getSheet("Answers")).contains("The candidate has not been given the self-report yet."));
                assertTrue(columnA(workbook.getSheet("Interview")).contains("No interview has been submitted yet."));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFrenchReaderGetsFrenchSheetsAndAnotherRecruiterGetsNothing(TestDatabase database) throws Exception {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = interviewed(container, varied(2), consistent(INTERVIEW, 4), consistent(INTERVIEW, 4));

            try (XSSFWorkbook workbook = written(data(container, RITA, candidate), Locale.FRENCH)) {
                assertEquals(List.of("Synthèse", "Entretien", "Réponses"),
                        List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
                Sheet summary = workbook.getSheet("Synthèse");
                assertEquals("Rapport candidat : Bea Martin", summary.getRow(0).getCell(0).getStringCellValue());
                assertTrue(columnA(summary).contains("Recommandation"));
                assertEquals(SELF_REPORT.scales().get(0).name().in("fr"),
                        text(summary.getRow(rowOf(summary, "Auto-évaluation : ") + 3), 0));
            }
            Refusal refused = assertThrows(Refusal.class,
                    () -> data(container, Recruiting.recruiter("ines"), candidate));
            assertEquals("recruiter.error.notYours", refused.key());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNormGroupAtTheConfiguredMinimumGivesPercentilesWithItsN(TestDatabase database) throws Exception {
        System.setProperty("concord.norms.minimum", "20");
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = 0;
            for (int seed = 0; seed < 20; seed++) {
                candidate = create(container, RITA, candidate("Candidate " + seed, "Analyst"));
                Recruiting.selfReport(container, RITA, candidate, varied(seed));
            }
            CandidateReportData data = data(container, RITA, candidate);
            try (XSSFWorkbook workbook = written(data, Locale.ENGLISH)) {
                XSSFSheet summary = workbook.getSheet("Summary");
                int selfReport = rowOf(summary, "Self-report: ");
                for (ScaleResult shown : data.profile().selfReportScales()) {
                    Row row = row(summary, shown.scale().name().in("en"), selfReport);
                    assertNumber(shown.percentile().value(), row.getCell(5), "0");
                    assertNumber(20, row.getCell(6), "0");
                }
                assertTrue(columnA(summary).stream().anyMatch(line -> line.contains("at least 20 scores")),
                        "the method note names the minimum applied");
            }
        } finally {
            System.clearProperty("concord.norms.minimum");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSelfReportAllThreesAnsweredAtOnceShowsTheReviewFlagWithItsReasonsInEnglishAndFrench(TestDatabase database)
            throws Exception {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            Recruiting.selfReport(container, RITA, candidate, consistent(SELF_REPORT, 3));

            try (XSSFWorkbook workbook = written(data(container, RITA, candidate), Locale.ENGLISH)) {
                Sheet summary = workbook.getSheet("Summary");
                List<String> lines = columnA(summary);
                int section = lines.indexOf("Response quality");
                assertTrue(section > 0, lines.toString());
                assertTrue(lines.get(section + 1).startsWith("Review: "), lines.get(section + 1));
                assertEquals(List.of("- 2 of 2 attention items not answered as they asked (attention-1, attention-2)",
                        "- 20 equal answers in a row, at least half of the 20 items",
                        "- answered in 0.0 seconds per item, under 2 seconds (too fast to have read the items)"),
                        lines.subList(section + 2, section + 5));
                Row longstring = row(summary, "Longest run of equal answers", 0);
                assertEquals("20", text(longstring, 1));
                assertEquals("0.00", text(row(summary, "Spread of the answers (irv)", 0), 1));
                assertTrue(text(row(summary, "Mahalanobis D\u00b2", 0), 1).startsWith("not available: needs more complete cases"));
            }
            try (XSSFWorkbook workbook = written(data(container, RITA, candidate), Locale.FRENCH)) {
                List<String> lines = columnA(workbook.getSheetAt(0));
                int section = lines.indexOf("Qualité des réponses");
                assertTrue(lines.get(section + 1).startsWith("À examiner : "), lines.get(section + 1));
                assertEquals("- 20 réponses identiques à la suite, au moins la moitié des 20 items", lines.get(section + 3));
                assertTrue(lines.stream().anyMatch(l -> l.contains("rien n'a été rejeté")), "a single apostrophe once formatted");
            }
        }
    }
}
