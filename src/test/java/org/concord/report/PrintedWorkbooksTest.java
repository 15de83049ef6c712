package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.demo.DemoData;
import org.concord.interview.InterviewReliabilityService;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.report.candidate.CandidateReportWorkbook;
import org.concord.report.candidate.CandidateReports;
import org.concord.report.interview.InterviewReliabilityWorkbook;
import org.concord.report.team.TeamReportWorkbook;
import org.concord.report.team.TeamReports;
import org.concord.report.workbook.Lines;
import org.concord.security.AccessPolicy;
import org.concord.security.Caller;
import org.concord.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every workbook Concord writes, from the demo's data, printed the way a reader prints it: each
 * is reopened with POI to check every sheet's print setup (A4, landscape, one page wide, its
 * heading rows repeated on every page, wrapped rows tall enough for their lines), then printed
 * to PDF by LibreOffice, whose pages are counted: all A4 landscape, the candidate workbook on at
 * most four, the others within a few pages a sheet.
 */
class PrintedWorkbooksTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);
    private static final Questionnaire CLIMATE = QuestionnaireLoader.loadFolder(Path.of("questionnaires"))
            .latest("team-cooperation-climate").orElseThrow();

    @TempDir
    static Path folder;
    private static DataSource database;
    private static Container container;
    private static long candidate;
    private static long campaign;

    @BeforeAll
    static void demo() {
        database = TestDatabase.H2.fresh();
        container = new Container(database, CLOCK);
        container.get(DemoData.class).create();
        candidate = container.inTransaction(em -> em.createQuery(
                "SELECT c.id FROM Candidate c ORDER BY c.id", Long.class).setMaxResults(1).getSingleResult());
        campaign = container.inTransaction(em -> em.createQuery(
                "SELECT c.id FROM Campaign c WHERE c.previousWave IS NOT NULL", Long.class).getSingleResult());
    }

    @AfterAll
    static void close() {
        container.close();
    }

    private static final Caller HR = new Caller("hr.analyst", "HR", java.util.Set.of(Role.HR), false);

    private static AccessPolicy hr() {
        return new AccessPolicy(HR);
    }

    private interface Writer {
        void write(OutputStream out) throws Exception;
    }

    private static Path written(String name, Writer writer) throws Exception {
        Path file = folder.resolve(name + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(out);
        }
        return file;
    }

    /** Every sheet: A4, landscape, one page wide, heading rows repeated, wrapped rows with a height of their own. */
    private static void assertPrintSetup(Path file) throws Exception {
        assertPrintSetup(file, 0);
    }

    /** As above, the first {@code acrossPages} sheets printed in as many pages across as their columns need. */
    private static void assertPrintSetup(Path file, int acrossPages) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                String name = file.getFileName() + " / " + sheet.getSheetName();
                PrintSetup setup = sheet.getPrintSetup();
                assertEquals(PrintSetup.A4_PAPERSIZE, setup.getPaperSize(), name + ": A4");
                assertTrue(setup.getLandscape(), name + ": landscape");
                if (s >= acrossPages) {
                    assertTrue(sheet.getFitToPage(), name + ": fitted to the page");
                    assertEquals(1, setup.getFitWidth(), name + ": one page wide");
                    assertEquals(0, setup.getFitHeight(), name + ": as many pages tall as it needs");
                }
                CellRangeAddress repeated = sheet.getRepeatingRows();
                assertNotNull(repeated, name + ": its heading rows are repeated on every page");
                for (Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (cell.getCellStyle().getWrapText() && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && sheet.getMergedRegions().stream().noneMatch(m -> m.isInRange(cell))) {
                            int lines = Lines.of(cell.getStringCellValue(), sheet.getColumnWidth(cell.getColumnIndex()) / 256 - 1);
                            assertTrue(row.getHeightInPoints() >= lines * Lines.POINTS - 0.5,
                                    name + ": row " + (row.getRowNum() + 1) + " is as tall as the " + lines + " lines of its wrapped text");
                        }
                    }
                }
            }
        }
    }

    private static List<LibreOffice.Page> printed(Path file) throws Exception {
        List<LibreOffice.Page> pages = LibreOffice.print(file);
        assertTrue(pages.stream().allMatch(LibreOffice.Page::a4Landscape), file.getFileName() + " prints on A4 landscape: " + pages);
        return pages;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theCandidateWorkbookPrintsOnAtMostFourPages(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        Path file = written("candidate-" + language, out -> CandidateReportWorkbook.write(
                container.get(CandidateReports.class).data(Optional.of(HR), candidate), locale, out));
        assertPrintSetup(file);
        int pages = printed(file).size();
        assertTrue(pages <= 4, "the candidate workbook prints on " + pages + " pages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theTeamWorkbookPrintsEverySheetLegibly(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        Path file = written("team-" + language, out -> TeamReportWorkbook.write(
                container.get(TeamReports.class).data(campaign, hr()).orElseThrow(), locale, out, step -> { }));
        assertPrintSetup(file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet summary = workbook.getSheetAt(0);
            int widest = 0;
            for (Row row : summary) {
                widest = Math.max(widest, row.getLastCellNum());
            }
            assertTrue(widest <= 12, "the Summary reads on paper: " + widest + " columns");
        }
        int pages = printed(file).size();
        assertTrue(pages <= 12, "the team workbook prints on " + pages + " pages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theInterviewWorkbookPrintsOnOnePage(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        Path file = written("interviews-" + language, out -> InterviewReliabilityWorkbook.write(
                container.get(InterviewReliabilityService.class).all(), locale, out));
        assertPrintSetup(file);
        int pages = printed(file).size();
        assertTrue(pages <= 2, "the interview workbook prints on " + pages + " pages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theRawExportsCodebookPrintsLegibly(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        Path file = written("raw-" + language, out -> new RawDataExport(database, CLOCK).write(CLIMATE, campaign, locale, out));
        assertPrintSetup(file, 1);
        int pages = printed(file).size();
        assertTrue(pages <= 16, "the raw export prints on " + pages + " pages");
    }
}
