package org.concord.report.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.demo.DemoData;
import org.concord.results.CampaignResults;
import org.concord.results.ScaleChange;
import org.concord.results.WaveData;
import org.concord.scoring.Quadrant;
import org.concord.scoring.TeamResult;
import org.concord.scoring.TeamScale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The team report built from the database (H2 and PostgreSQL) and reopened with POI: every
 * number is the scoring engine's, every withheld team shows only its name and the notice, the
 * charts are native and hold one series per shown team, and team names that look like
 * formulas stay text.
 */
class TeamReportWorkbookTest {

    private static final List<String> SHEETS = List.of("Summary", "Quadrant", "Mechanisms", "Change", "Item statistics",
            "Recommendations");

    private static TeamReportData demo(Container container, org.concord.security.AccessPolicy policy) {
        container.get(DemoData.class).create();
        long latest = container.inTransaction(em -> em.createQuery(
                "SELECT c.id FROM Campaign c WHERE c.previousWave IS NOT NULL", Long.class).getSingleResult());
        return container.get(TeamReports.class)
                .data(latest, policy).orElseThrow();
    }

    private static XSSFWorkbook written(TeamReportData data, Locale locale, Path folder) throws Exception {
        Path file = folder.resolve("team-report-" + locale + ".xlsx");
        List<Long> steps = new ArrayList<>();
        try (OutputStream out = Files.newOutputStream(file)) {
            TeamReportWorkbook.write(data, locale, out, steps::add);
        }
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), steps);
        return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
    }

    private static int header(XSSFSheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)
                    && row.getLastCellNum() > 1) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header row in " + sheet.getSheetName());
    }

    private static List<Row> rowsOf(XSSFSheet sheet, String team) {
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(team)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static Row rowOf(XSSFSheet sheet, String team) {
        List<Row> rows = rowsOf(sheet, team);
        assertEquals(1, rows.size(), team + " in " + sheet.getSheetName());
        return rows.get(0);
    }

    private static String id(WaveData q, String name) {
        return q.teamNames().entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst().orElseThrow().getKey();
    }

    private static void assertNumber(double expected, Cell cell, String format) {
        assertNotNull(cell);
        assertEquals(CellType.NUMERIC, cell.getCellType());
        assertEquals(expected, cell.getNumericCellValue(), 1e-12);
        assertEquals(format, cell.getCellStyle().getDataFormatString());
    }

    /** A withheld team's row holds its name and the notice, and no number at all. */
    private static void assertOnlyNotice(Row row) {
        for (Cell cell : row) {
            assertEquals(CellType.STRING, cell.getCellType(), "cell " + cell.getAddress());
            if (cell.getColumnIndex() > 0) {
                String text = cell.getStringCellValue();
                assertTrue(text.isEmpty() || text.contains("fewer than 3 respondents") || text.startsWith("no recommendation")
                        || text.startsWith("not shown"), text);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void hrsReportHoldsTheEnginesNumbersAndWithholdsTheSmallTeam(TestDatabase database, @TempDir Path folder) throws Exception {
        try (Container container = new Container(database.fresh(), TeamCampaign.CLOCK)) {
            TeamReportData data = demo(container, TeamCampaign.hr());
            CampaignResults results = data.results();
            assertEquals(4, data.teams().size());
            try (XSSFWorkbook workbook = written(data, Locale.ENGLISH, folder)) {
                List<String> names = new ArrayList<>();
                workbook.forEach(sheet -> names.add(sheet.getSheetName()));
                assertEquals(SHEETS, names);

                XSSFSheet summary = workbook.getSheet("Summary");
                assertEquals("Team report: Team climate 2026 (After team building)", summary.getRow(0).getCell(0).getStringCellValue());
                assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(summary.getRow(1).getCell(1)));
                int head = header(summary, "Team");
                assertNotNull(summary.getPaneInformation());
                assertEquals(head + 1, summary.getPaneInformation().getHorizontalSplitTopRow());
                assertNotNull(summary.getCTWorksheet().getAutoFilter());
                assertTrue(summary.getColumnWidth(0) > 256 * 10);

                WaveData first = results.questionnaires().get(0);
                String support = id(first, "Customer Support");
                List<Row> rows = rowsOf(summary, "Customer Support");
                assertEquals(results.questionnaires().stream().mapToInt(q -> q.questionnaire().scales().size()).sum(), rows.size(),
                        "a row per questionnaire and scale");
                assertTrue(summary.getRow(head).getLastCellNum() <= 11, "the Summary reads on paper");
                Row row = rows.get(0);
                assertNumber(first.invited().get(support), row.getCell(1), "0");
                assertEquals(first.questionnaire().title().in("en"), row.getCell(2).getStringCellValue());
                TeamResult team = CampaignResults.team(first, support).orElseThrow();
                assertNumber(team.n(), row.getCell(3), "0");
                assertNumber((double) team.n() / first.invited().get(support), row.getCell(4), "0%");
                assertEquals(first.questionnaire().scales().get(0).name().in("en"), row.getCell(5).getStringCellValue());
                TeamScale scale = team.scales().get(0);
                assertNumber(scale.mean(), row.getCell(6), "0.00");
                assertNumber(scale.sd(), row.getCell(7), "0.00");
                assertEquals(first.questionnaire().scales().get(0).bandOf(scale.mean()).label().in("en"),
                        row.getCell(8).getStringCellValue());
                assertNumber(scale.rwgj().value(), row.getCell(9), "0.000");
                assertEquals(scale.lowAgreement() ? "low agreement" : null,
                        row.getCell(10) == null ? null : row.getCell(10).getStringCellValue());
                Row finance = rowOf(summary, "Finance");
                assertOnlyNotice(finance);
                assertEquals("fewer than 3 respondents \u2014 not shown", finance.getCell(2).getStringCellValue());

                XSSFSheet quadrant = workbook.getSheet("Quadrant");
                List<XSSFChart> charts = quadrant.getDrawingPatriarch().getCharts();
                assertEquals(1, charts.size());
                List<XDDFChartData> plotted = charts.get(0).getChartSeries();
                assertEquals(1, plotted.size());
                assertInstanceOf(XDDFScatterChartData.class, plotted.get(0));
                assertEquals(3 + 2, plotted.get(0).getSeriesCount(), "three teams and the two thresholds");
                for (int line = 3; line < 5; line++) {
                    var threshold = plotted.get(0).getSeries(line);
                    assertTrue(threshold.getCategoryData().isReference() && threshold.getValuesData().isReference(),
                            "a threshold line is drawn from cells, as every spreadsheet program draws them");
                    assertEquals(2, threshold.getValuesData().getPointCount());
                }
                double xThreshold = results.coordination().orElseThrow().questionnaire().quadrant().threshold();
                assertEquals(xThreshold, Double.parseDouble(String.valueOf(plotted.get(0).getSeries(3).getCategoryData().getPointAt(0))), 1e-9);
                assertEquals(xThreshold, Double.parseDouble(String.valueOf(plotted.get(0).getSeries(3).getCategoryData().getPointAt(1))), 1e-9);
                WaveData cooperation = results.cooperation().orElseThrow();
                WaveData coordination = results.coordination().orElseThrow();
                Row point = rowOf(quadrant, "Logistics");
                String logistics = id(cooperation, "Logistics");
                double x = Quadrant.overallMean(CampaignResults.team(coordination, logistics).orElseThrow().scales());
                double y = Quadrant.overallMean(CampaignResults.team(cooperation, logistics).orElseThrow().scales());
                assertNumber(x, point.getCell(1), "0.00");
                assertNumber(y, point.getCell(2), "0.00");
                assertEquals("Cooperative, not coordinated", point.getCell(3).getStringCellValue());
                assertTrue(texts(quadrant).contains("Coordination across, cooperation up. Top right: Cooperative and coordinated."
                        + " Top left: Cooperative, not coordinated. Bottom right: Coordinated, not cooperative."
                        + " Bottom left: Neither cooperative nor coordinated."), "the same orientation as the page, quadrants named");
                assertOnlyNotice(rowOf(quadrant, "Finance"));

                XSSFSheet mechanisms = workbook.getSheet("Mechanisms");
                List<XDDFChartData> radar = mechanisms.getDrawingPatriarch().getCharts().get(0).getChartSeries();
                assertInstanceOf(XDDFRadarChartData.class, radar.get(0));
                assertEquals(3, radar.get(0).getSeriesCount());
                assertEquals(6, radar.get(0).getSeries(0).getCategoryData().getPointCount(), "Mintzberg's six");
                assertOnlyNotice(rowOf(mechanisms, "Finance"));

                XSSFSheet change = workbook.getSheet("Change");
                WaveData before = results.previousWave().orElseThrow().questionnaire(first.questionnaire().id()).orElseThrow();
                ScaleChange expected = ScaleChange.of(before, first, support).get(0);
                Row changed = rowsOf(change, "Customer Support").get(0);
                assertNumber(expected.before(), changed.getCell(3), "0.00");
                assertNumber(expected.after(), changed.getCell(4), "0.00");
                assertNumber(expected.difference(), changed.getCell(5), "0.00");
                assertNumber(expected.change().ciLow().value(), changed.getCell(6), "0.00");
                assertNumber(expected.change().ciHigh().value(), changed.getCell(7), "0.00");
                assertNumber(expected.change().d().value(), changed.getCell(8), "0.00");
                assertNumber(expected.change().dLow().value(), changed.getCell(9), "0.00");
                assertNumber(expected.change().dHigh().value(), changed.getCell(10), "0.00");
                assertEquals(expected.reliable(), changed.getCell(11) != null,
                        "reliable exactly when the difference's interval excludes 0");
                assertEquals(expected.change().ciLow().value() > 0 || expected.change().ciHigh().value() < 0, expected.reliable());
                List<Row> financeChange = rowsOf(change, "Finance");
                assertEquals(2, financeChange.size(), "one line per questionnaire");
                for (Row line : financeChange) {
                    line.forEach(cell -> assertEquals(CellType.STRING, cell.getCellType()));
                    assertEquals("not shown in both waves (fewer than 3 respondents in one of them)", line.getCell(2).getStringCellValue());
                }

                XSSFSheet items = workbook.getSheet("Item statistics");
                org.concord.disclosure.PublishedScale published = first.published().scales().get(0);
                org.concord.disclosure.PublishedItem item = published.items().get(0);
                Row itemRow = items.getRow(header(items, "Questionnaire") + 1);
                assertEquals(item.item(), itemRow.getCell(2).getStringCellValue());
                assertEquals(first.questionnaire().item(item.item()).orElseThrow().text().in("en"), itemRow.getCell(3).getStringCellValue());
                assertNumber(item.mean().value(), itemRow.getCell(4), "0.00");
                assertNumber(item.itemTotal().value(), itemRow.getCell(6), "0.000");
                assertNumber(item.alphaIfDeleted().value(), itemRow.getCell(7), "0.000");
                assertNumber(published.alpha().value(), itemRow.getCell(8), "0.000");
                assertEquals((double) published.completeCases(), itemRow.getCell(9).getNumericCellValue(),
                        "complete cases of the shown teams only: Finance's two are in no figure");
                assertTrue(published.completeCases() <= 24, "at most the shown teams' 9 + 7 + 8 respondents");

                XSSFSheet advice = workbook.getSheet("Recommendations");
                Row logisticsAdvice = rowOf(advice, "Logistics");
                assertEquals("Cooperative, not coordinated", logisticsAdvice.getCell(1).getStringCellValue());
                assertEquals("Standardised norms", logisticsAdvice.getCell(4).getStringCellValue(),
                        "the demo makes norms the weakest mechanism");
                var expectedAdvice = new org.concord.scoring.Advice(Locale.ENGLISH).recommend(Quadrant.COOPERATIVE_NOT_COORDINATED,
                        coordination.questionnaire().scale("standardised-norms"));
                assertEquals(expectedAdvice.summary(), logisticsAdvice.getCell(2).getStringCellValue());
                assertEquals(String.join("\n", expectedAdvice.actions()), logisticsAdvice.getCell(3).getStringCellValue());
                assertOnlyNotice(rowOf(advice, "Finance"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aManagersReportCoversOnlyTheirTeams(TestDatabase database, @TempDir Path folder) throws Exception {
        try (Container container = new Container(database.fresh(), TeamCampaign.CLOCK)) {
            TeamReportData data = demo(container, TeamCampaign.manager(DemoData.MANAGER));
            assertEquals(List.of("Customer Support", "Logistics"), data.teams().stream().map(data::name).toList());
            try (XSSFWorkbook workbook = written(data, Locale.ENGLISH, folder)) {
                for (XSSFSheet sheet : List.of(workbook.getSheet("Summary"), workbook.getSheet("Quadrant"),
                        workbook.getSheet("Mechanisms"), workbook.getSheet("Change"), workbook.getSheet("Recommendations"))) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.STRING) {
                                String text = cell.getStringCellValue();
                                assertFalse(text.equals("Product Engineering") || text.equals("Finance"), sheet.getSheetName());
                            }
                        }
                    }
                }
                assertEquals(2, workbook.getSheet("Quadrant").getDrawingPatriarch().getCharts().get(0).getChartSeries()
                        .get(0).getSeriesCount() - 2);
                Row item = workbook.getSheet("Item statistics").getRow(header(workbook.getSheet("Item statistics"), "Questionnaire") + 1);
                assertEquals(CellType.NUMERIC, item.getCell(4).getCellType(),
                        "outside this manager's teams are ten respondents, enough to show the wave's item means");
            }
            Optional<TeamReportData> nobody = container.get(TeamReports.class)
                    .data(data.results().campaignId(), TeamCampaign.manager("someone.else"));
            assertTrue(nobody.isEmpty(), "a manager of none of the teams gets no report");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void teamNamesThatLookLikeFormulasStayText(TestDatabase database, @TempDir Path folder) throws Exception {
        List<String> names = List.of("=HYPERLINK(\"http://x.invalid\",\"a\")", "+Ops", "-Net", "@Home");
        try (Container container = new Container(database.fresh(), TeamCampaign.CLOCK)) {
            long id = container.inTransaction(em -> TeamCampaign.create(em, names, new int[] {5, 4, 3, 2},
                    List.of("m1", "m1", "m2", "m2"), 5));
            TeamReportData data = container.get(TeamReports.class)
                    .data(id, TeamCampaign.hr()).orElseThrow();
            try (XSSFWorkbook workbook = written(data, Locale.ENGLISH, folder)) {
                XSSFSheet summary = workbook.getSheet("Summary");
                for (String name : names) {
                    Cell cell = rowsOf(summary, name).get(0).getCell(0);
                    assertEquals(CellType.STRING, cell.getCellType());
                    assertEquals(name, cell.getStringCellValue());
                }
                assertOnlyNotice(rowOf(summary, "@Home"));
                for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertFalse(cell.getCellType() == CellType.FORMULA, "no formula anywhere: " + cell.getAddress());
                        }
                    }
                }
                XSSFSheet change = workbook.getSheet("Change");
                assertEquals("There is no earlier wave of this campaign to compare with.", change.getRow(1).getCell(0).getStringCellValue());
                assertEquals(3 + 2, workbook.getSheet("Quadrant").getDrawingPatriarch().getCharts().get(0).getChartSeries()
                        .get(0).getSeriesCount());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "H2")
    void aFrenchReaderGetsFrenchSheetsAndTitles(TestDatabase database, @TempDir Path folder) throws Exception {
        try (Container container = new Container(database.fresh(), TeamCampaign.CLOCK)) {
            TeamReportData data = demo(container, TeamCampaign.hr());
            try (XSSFWorkbook workbook = written(data, Locale.FRENCH, folder)) {
                assertEquals("Synthèse", workbook.getSheetName(0));
                assertEquals("Rapport d'équipes : Team climate 2026 (After team building)",
                        workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
                assertEquals("moins de 3 répondants \u2014 non affiché", rowOf((XSSFSheet) workbook.getSheetAt(0), "Finance").getCell(2)
                        .getStringCellValue());
            }
        }
    }

    /** Every text cell of a sheet, one a line. */
    private static String texts(XSSFSheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    all.append(cell.getStringCellValue()).append('\n');
                }
            });
        }
        return all.toString();
    }
}
