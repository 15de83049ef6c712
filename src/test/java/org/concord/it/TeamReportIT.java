package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
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
 * HR generates a campaign's team report from the Reports page: picks the campaign, starts the
 * job, watches the progress bar reach 100%, finds the report listed, downloads it, and the
 * workbook holds the team results with native charts, the small team withheld and a team name
 * that looks like a formula kept as text.
 */
class TeamReportIT {

    private static final long CAMPAIGN = 910_001;
    private static final String CREW = "=1+1 Crew";
    private static final String MANAGER = "team-report-manager";
    private static final List<Questionnaire> QUESTIONNAIRES = List.of(
            QuestionnaireLoader.loadFile(Path.of("questionnaires", "team-cooperation-climate.v1.yaml")).questionnaire(),
            QuestionnaireLoader.loadFile(Path.of("questionnaires", "coordination-maturity.v1.yaml")).questionnaire());

    private static ConcordServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = ConcordServer.get();
        browser = new Browser(Files.createTempDirectory("concord-team-downloads"));
        server.createAccount("team-report-hr", "team-report-hr-password", org.concord.security.Role.HR);
        browser.signIn(server, "team-report-hr", "team-report-hr-password");
        insertCampaign();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    /** Three teams (four respondents, two and three; the first managed by {@value #MANAGER}) answering both team questionnaires, straight into the server's database. */
    private static void insertCampaign() throws Exception {
        try (Connection db = server.database(); Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO campaign (id, name, wave_label, opens_on, closes_on, min_group_size, link_mode,"
                    + " created_by, created_at) VALUES (" + CAMPAIGN + ", 'IT campaign', 'before', DATE '2026-01-01',"
                    + " DATE '2026-06-30', 3, 'SHARED', 'hr', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
            for (int q = 0; q < QUESTIONNAIRES.size(); q++) {
                statement.execute("INSERT INTO campaign_instrument (campaign_id, ordinal, questionnaire_id, questionnaire_version)"
                        + " VALUES (" + CAMPAIGN + ", " + q + ", '" + QUESTIONNAIRES.get(q).id() + "', 1)");
            }
            String[] names = {CREW, "Small team", "Other team"};
            int[] sizes = {4, 2, 3};
            String[] managers = {MANAGER, null, "someone-else"};
            long assessment = 910_000;
            try (PreparedStatement team = db.prepareStatement("INSERT INTO team (id, name, headcount, manager_username, created_at)"
                    + " VALUES (?, ?, ?, ?, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
                 PreparedStatement answer = db.prepareStatement(
                         "INSERT INTO answer (assessment_id, item_id, answer_value) VALUES (?, ?, ?)");
                 PreparedStatement score = db.prepareStatement(
                         "INSERT INTO scale_score (assessment_id, scale_id, score, answered, items) VALUES (?, ?, ?, ?, ?)")) {
                for (int t = 0; t < names.length; t++) {
                    long teamId = 910_001 + t;
                    team.setLong(1, teamId);
                    team.setString(2, names[t]);
                    team.setInt(3, 5);
                    team.setString(4, managers[t]);
                    team.executeUpdate();
                    statement.execute("INSERT INTO campaign_team (campaign_id, team_id) VALUES (" + CAMPAIGN + ", " + teamId + ")");
                    for (int r = 0; r < sizes[t]; r++) {
                        for (Questionnaire questionnaire : QUESTIONNAIRES) {
                            assessment++;
                            statement.execute("INSERT INTO assessment (id, questionnaire_id, questionnaire_version, scoring_version,"
                                    + " progress, campaign_id, team_id, started_at, submitted_on) VALUES (" + assessment + ", '"
                                    + questionnaire.id() + "', 1, '1', 'SUBMITTED', " + CAMPAIGN + ", " + teamId + ","
                                    + " NULL, NULL)");
                            List<Item> items = questionnaire.items();
                            java.util.Map<String, Integer> given = new java.util.HashMap<>();
                            for (int i = 0; i < items.size(); i++) {
                                answer.setLong(1, assessment);
                                answer.setString(2, items.get(i).id());
                                answer.setInt(3, 1 + (i + r) % 5);
                                answer.addBatch();
                                given.put(items.get(i).id(), 1 + (i + r) % 5);
                            }
                            for (var stored : org.concord.assessment.AssessmentService.score(questionnaire, given).entrySet()) {
                                score.setLong(1, assessment);
                                score.setString(2, stored.getKey());
                                score.setObject(3, stored.getValue().getScore());
                                score.setInt(4, stored.getValue().getAnswered());
                                score.setInt(5, stored.getValue().getItems());
                                score.executeUpdate();
                            }
                        }
                    }
                }
                answer.executeBatch();
            }
        }
    }

    @Test
    void hrGeneratesATeamReportFollowsItToTheEndAndDownloadsIt() throws Exception {
        browser.open(server.url("/reports/index.xhtml?lang=en"));
        new Select(browser.find(By.id("team-form:team-campaign"))).selectByValue(String.valueOf(CAMPAIGN));

        browser.click(By.id("team-form:generate-team"));

        WebDriverWait patiently = new WebDriverWait(browser.driver(), Duration.ofSeconds(90));
        patiently.ignoring(WebDriverException.class); // the archive is re-rendered when a job ends (a stale node, or one "not in the document")
        patiently.until(driver -> "100%".equals(driver.findElement(By.cssSelector("#team-form\\:team-progress .ui-progressbar-label")).getText()));
        patiently.until(driver -> driver.findElement(By.id("archive")).getText().contains("Team report: IT campaign (before)"));
        assertTrue(browser.text(By.id("team-form:team-messages")).contains("is ready"), browser.text(By.id("team-form:team-messages")));

        browser.click(By.xpath("//tr[contains(., 'Team report: IT campaign (before)')]//button[contains(@id, ':download')]"));
        Path downloaded = browser.awaitDownload(".xlsx");
        assertTrue(downloaded.getFileName().toString().startsWith("team-report-campaign-" + CAMPAIGN + "-"), downloaded.toString());

        try (XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage.open(downloaded.toFile(), PackageAccess.READ))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertEquals(List.of("Summary", "Quadrant", "Mechanisms", "Change", "Item statistics", "Recommendations"), sheets);
            XSSFSheet summary = workbook.getSheet("Summary");
            Row crew = row(summary, CREW);
            assertEquals(CellType.STRING, crew.getCell(0).getCellType());
            assertEquals(4, crew.getCell(3).getNumericCellValue());
            assertEquals(0.8, crew.getCell(4).getNumericCellValue(), 1e-12);
            assertEquals("0%", crew.getCell(4).getCellStyle().getDataFormatString());
            Row small = row(summary, "Small team");
            assertNull(small.getCell(1), "no head count beside a withheld team");
            assertEquals("fewer than 3 respondents \u2014 not shown", small.getCell(2).getStringCellValue());
            small.forEach(cell -> assertEquals(CellType.STRING, cell.getCellType()));
            var scatter = workbook.getSheet("Quadrant").getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0);
            assertInstanceOf(XDDFScatterChartData.class, scatter);
            assertEquals(2 + 2, scatter.getSeriesCount(), "two teams and the two thresholds");
            var radar = workbook.getSheet("Mechanisms").getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0);
            assertInstanceOf(XDDFRadarChartData.class, radar);
            assertEquals(2, radar.getSeriesCount());
            assertEquals("There is no earlier wave of this campaign to compare with.",
                    workbook.getSheet("Change").getRow(1).getCell(0).getStringCellValue());
        }
        try (Connection db = server.database(); Statement statement = db.createStatement();
             ResultSet audit = statement.executeQuery("SELECT action, subject FROM audit_entry WHERE actor = 'team-report-hr'"
                     + " AND action LIKE 'report.%' ORDER BY id")) {
            assertTrue(audit.next());
            assertEquals("report.generated", audit.getString(1));
            assertEquals("Team report: IT campaign (before)", audit.getString(2));
            assertTrue(audit.next());
            assertEquals("report.downloaded", audit.getString(1));
        }
        try (Connection db = server.database(); Statement statement = db.createStatement();
             ResultSet report = statement.executeQuery("SELECT file_name, subject FROM report WHERE kind = 'TEAM_REPORT'"
                     + " AND generated_by = 'team-report-hr'")) {
            assertTrue(report.next(), "the archive lists the file");
            assertEquals("campaign-" + CAMPAIGN, report.getString("subject"));
            assertArrayEquals(Files.readAllBytes(server.reports().resolve(report.getString("file_name"))),
                    Files.readAllBytes(downloaded), "the file downloaded is the one archived");
        }
    }

    @Test
    void aManagerDownloadsTheReportOfTheirOwnTeamsFromTheTeamPage() throws Exception {
        Path managerDownloads = Files.createTempDirectory("concord-manager-downloads");
        server.createAccount(MANAGER, "team-report-manager-password", org.concord.security.Role.MANAGER);
        try (Browser manager = new Browser(managerDownloads)) {
            manager.signIn(server, MANAGER, "team-report-manager-password");
            manager.open(server.url("/manager/team.xhtml?campaign=" + CAMPAIGN + "&team=910001&lang=en"));
            manager.click(By.id("download-report"));
            Path downloaded = manager.awaitDownload(".xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage.open(downloaded.toFile(), PackageAccess.READ))) {
                for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        row.forEach(cell -> assertTrue(cell.getCellType() != CellType.STRING
                                || !List.of("Small team", "Other team").contains(cell.getStringCellValue()),
                                "another manager's team in " + sheet.getSheetName()));
                    }
                }
                assertEquals(CREW, row(workbook.getSheet("Summary"), CREW).getCell(0).getStringCellValue());
            }
        }
        try (Connection db = server.database(); Statement statement = db.createStatement();
             ResultSet audit = statement.executeQuery("SELECT action FROM audit_entry WHERE actor = '" + MANAGER + "'"
                     + " AND action LIKE 'report.%' ORDER BY id")) {
            assertTrue(audit.next());
            assertEquals("report.generated", audit.getString(1));
            assertTrue(audit.next());
            assertEquals("report.downloaded", audit.getString(1));
        }
    }

    private static Row row(XSSFSheet sheet, String team) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(team)) {
                return row;
            }
        }
        throw new AssertionError(team + " is not in " + sheet.getSheetName());
    }
}
