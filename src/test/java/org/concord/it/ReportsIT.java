package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An HR analyst generates a raw export from the Reports page: picks the questionnaire and the
 * campaign, starts the job, watches the progress bar reach 100%, sees the file listed, and
 * downloads it; the workbook opens with one row per submitted assessment of that campaign.
 */
class ReportsIT {

    private static final long CAMPAIGN = 900_001;
    private static final int RESPONDENTS = 25;
    private static final Questionnaire CLIMATE =
            QuestionnaireLoader.loadFile(Path.of("questionnaires", "team-cooperation-climate.v1.yaml")).questionnaire();

    private static ConcordServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = ConcordServer.get();
        browser = new Browser(Files.createTempDirectory("concord-downloads"));
        server.createAccount("reports-hr", "reports-hr-password", org.concord.security.Role.HR);
        browser.signIn(server, "reports-hr", "reports-hr-password");
        insertSubmittedAnswers();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    /** A team, a campaign and 25 submitted climate questionnaires with answers and scores, straight into the server's database. */
    private static void insertSubmittedAnswers() throws Exception {
        try (Connection db = server.database(); Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO team (id, name, created_at) VALUES (900001, 'Export team',"
                    + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
            statement.execute("INSERT INTO campaign (id, name, wave_label, opens_on, closes_on, min_group_size, link_mode,"
                    + " created_by, created_at) VALUES (" + CAMPAIGN + ", 'Export campaign', 'before', DATE '2026-01-01',"
                    + " DATE '2026-06-30', 3, 'SHARED', 'hr', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
            try (PreparedStatement answer = db.prepareStatement(
                    "INSERT INTO answer (assessment_id, item_id, answer_value) VALUES (?, ?, ?)")) {
                for (int r = 1; r <= RESPONDENTS; r++) {
                    long id = 900_000 + r;
                    statement.execute("INSERT INTO assessment (id, questionnaire_id, questionnaire_version, scoring_version,"
                            + " progress, campaign_id, team_id, started_at, submitted_on) VALUES (" + id + ", '"
                            + CLIMATE.id() + "', " + CLIMATE.version() + ", '1', 'SUBMITTED', " + CAMPAIGN + ", 900001,"
                            + " TIMESTAMP WITH TIME ZONE '2026-03-01 00:00:00+00', DATE '2026-03-02')");
                    List<Item> items = CLIMATE.items();
                    for (int i = 0; i < items.size(); i++) {
                        answer.setLong(1, id);
                        answer.setString(2, items.get(i).id());
                        answer.setInt(3, 1 + (i + r) % 5);
                        answer.addBatch();
                    }
                    statement.execute("INSERT INTO scale_score (assessment_id, scale_id, score, answered, items) VALUES ("
                            + id + ", '" + CLIMATE.scales().get(0).id() + "', 3.25, 4, 4)");
                }
                answer.executeBatch();
            }
        }
    }

    @Test
    void aRawExportIsGeneratedFromThePageFollowedToTheEndAndDownloaded() throws Exception {
        browser.open(server.url("/reports/index.xhtml?lang=en"));
        assertEquals("Reports", browser.text(By.id("reports-title")));
        String chosen = new Select(browser.find(By.id("generate-form:questionnaire"))).getFirstSelectedOption().getAttribute("value");
        assertFalse(chosen.contains("interview"), "the questionnaire chosen at first exports rows: " + chosen);
        assertEquals("", browser.text(By.cssSelector("#generate-form\\:progress .ui-progressbar-label")), "an idle bar shows no 0%");
        assertEquals("", browser.text(By.cssSelector("#team-form\\:team-progress .ui-progressbar-label")), "an idle bar shows no 0%");
        new Select(browser.find(By.id("generate-form:questionnaire"))).selectByValue(CLIMATE.key());
        new Select(browser.find(By.id("generate-form:campaign"))).selectByValue(String.valueOf(CAMPAIGN));

        browser.click(By.id("generate-form:generate"));

        WebDriverWait patiently = new WebDriverWait(browser.driver(), Duration.ofSeconds(90));
        patiently.ignoring(WebDriverException.class); // the archive is re-rendered when a job ends (a stale node, or one "not in the document")
        patiently.until(driver -> "100%".equals(driver.findElement(By.cssSelector("#generate-form\\:progress .ui-progressbar-label")).getText()));
        patiently.until(driver -> driver.findElement(By.id("archive")).getText().contains("Export campaign (before)"));
        assertTrue(browser.text(By.id("generate-form:messages")).contains("The workbook is ready: "),
                browser.text(By.id("generate-form:messages")));
        String page = browser.text(By.tagName("main"));
        assertEquals(page.indexOf("The workbook is ready: "), page.lastIndexOf("The workbook is ready: "), "the message appears once: " + page);
        String archive = browser.text(By.id("archive"));
        assertTrue(archive.contains("campaign-" + CAMPAIGN), archive);
        assertTrue(archive.contains("reports-hr"), archive);

        browser.click(By.cssSelector("[id$=':download']"));
        Path downloaded = browser.awaitDownload(".xlsx");

        try (XSSFWorkbook workbook = new XSSFWorkbook(org.apache.poi.openxml4j.opc.OPCPackage.open(downloaded.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ))) {
            assertEquals(List.of("Data", "Codebook"), List.of(workbook.getSheetName(0), workbook.getSheetName(1)));
            XSSFSheet data = workbook.getSheet("Data");
            assertEquals("Row", data.getRow(0).getCell(0).getStringCellValue());
            assertEquals(RESPONDENTS, data.getLastRowNum());
            java.util.Set<Long> numbers = new java.util.HashSet<>();
            java.util.List<Double> scores = new java.util.ArrayList<>();
            for (int r = 1; r <= RESPONDENTS; r++) {
                numbers.add((long) data.getRow(r).getCell(0).getNumericCellValue());
                assertEquals("Export campaign", data.getRow(r).getCell(1).getStringCellValue());
                assertEquals(CellType.NUMERIC, data.getRow(r).getCell(4).getCellType());
                scores.add(data.getRow(r).getCell(4 + CLIMATE.items().size()).getNumericCellValue());
            }
            assertEquals(RESPONDENTS, numbers.size(), "rows numbered once each, in an order of this export's own");
            assertTrue(scores.contains(3.25), "the first respondent's stored score is there: " + scores);
        }
        try (Connection db = server.database(); Statement statement = db.createStatement();
             ResultSet audit = statement.executeQuery("SELECT action FROM audit_entry WHERE actor = 'reports-hr'"
                     + " AND action LIKE 'report.%' ORDER BY id")) {
            assertTrue(audit.next());
            assertEquals("report.generated", audit.getString(1));
            assertTrue(audit.next());
            assertEquals("report.downloaded", audit.getString(1));
        }
        try (Connection db = server.database(); Statement statement = db.createStatement();
             ResultSet report = statement.executeQuery("SELECT file_name, generated_by, subject, size_bytes FROM report WHERE kind = 'RAW_EXPORT'")) {
            assertTrue(report.next(), "the archive lists the file");
            assertEquals("reports-hr", report.getString("generated_by"));
            assertEquals("campaign-" + CAMPAIGN, report.getString("subject"));
            Path archived = server.reports().resolve(report.getString("file_name"));
            assertEquals(Files.size(archived), report.getLong("size_bytes"));
            assertArrayEquals(Files.readAllBytes(archived), Files.readAllBytes(downloaded), "the file downloaded is the one archived");
        }
    }

}
