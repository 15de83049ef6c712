package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.assessment.AssessmentService;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The attacks of a curious manager and of HR on a campaign's figures, carried out on the real
 * server with real accounts, each showing that it no longer recovers anyone's answers: reading
 * a team report while answers still arrive (the subtraction needs two readings, and there is
 * none before the close), an item mean that two of a team of three skipped (the third
 * person's answer), the organisation's n beside a withheld team (its size), and a raw export
 * while the wave is open (rows matched to whoever finished in between).
 */
class ReaderAttacksIT {

    private static final Questionnaire CLIMATE = RespondentTexts.CLIMATE;
    private static final String MANAGER = "attack-manager";
    private static final String HR = "attack-hr";
    /** Closed: a team of three where two skipped one item each, and a team of two. */
    private static final long CLOSED = 920_001;
    /** Open until 2099: a team whose answers still arrive. */
    private static final long OPEN = 920_002;

    private static ConcordServer server;
    private static Browser manager;
    private static Browser hr;
    private static long nextAssessment = 920_000;

    @BeforeAll
    static void start() throws Exception {
        server = ConcordServer.get();
        server.createAccount(MANAGER, "attack-manager-password", Role.MANAGER);
        server.createAccount(HR, "attack-hr-password", Role.HR);
        campaign(CLOSED, "2026-06-30");
        campaign(OPEN, "2099-12-31");
        team(CLOSED, 920_011, "Trio", MANAGER);
        team(CLOSED, 920_012, "Duo", "someone-else");
        team(OPEN, 920_021, "Arrivals", MANAGER);
        List<Item> items = CLIMATE.items();
        respond(CLOSED, 920_011, answers(2, items.get(0).id()));
        respond(CLOSED, 920_011, answers(3, items.get(1).id()));
        respond(CLOSED, 920_011, answers(5, null));
        respond(CLOSED, 920_012, answers(1, null));
        respond(CLOSED, 920_012, answers(4, null));
        for (int r = 0; r < 3; r++) {
            respond(OPEN, 920_021, answers(3, null));
        }
        manager = new Browser(Files.createTempDirectory("attack-manager"));
        manager.signIn(server, MANAGER, "attack-manager-password");
        hr = new Browser(Files.createTempDirectory("attack-hr"));
        hr.signIn(server, HR, "attack-hr-password");
    }

    @AfterAll
    static void stop() {
        manager.close();
        hr.close();
    }

    /** Every item answered with {@code value}, but {@code skipped} (when not null). */
    private static Map<String, Integer> answers(int value, String skipped) {
        Map<String, Integer> answers = new HashMap<>();
        CLIMATE.items().stream().filter(item -> !item.id().equals(skipped)).forEach(item -> answers.put(item.id(), value));
        return answers;
    }

    private static void campaign(long id, String closesOn) throws SQLException {
        try (Connection db = server.database(); Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO campaign (id, name, wave_label, opens_on, closes_on, min_group_size, link_mode,"
                    + " created_by, created_at) VALUES (" + id + ", 'Attack " + id + "', 'before', DATE '2026-01-01', DATE '"
                    + closesOn + "', 3, 'SHARED', 'hr', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
            statement.execute("INSERT INTO campaign_instrument (campaign_id, ordinal, questionnaire_id, questionnaire_version)"
                    + " VALUES (" + id + ", 0, '" + CLIMATE.id() + "', " + CLIMATE.version() + ")");
        }
    }

    private static void team(long campaign, long id, String name, String manager) throws SQLException {
        try (Connection db = server.database(); Statement statement = db.createStatement()) {
            statement.execute("INSERT INTO team (id, name, headcount, manager_username, created_at) VALUES (" + id + ", '" + name
                    + "', 5, '" + manager + "', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
            statement.execute("INSERT INTO campaign_team (campaign_id, team_id) VALUES (" + campaign + ", " + id + ")");
        }
    }

    /** A submitted questionnaire, as submission stores it (answers, stored scores, no time), and its visitor's finished link. */
    private static void respond(long campaign, long team, Map<String, Integer> answers) throws SQLException {
        long id = ++nextAssessment;
        try (Connection db = server.database(); Statement statement = db.createStatement();
             PreparedStatement invitation = db.prepareStatement("INSERT INTO invitation (id, campaign_id, team_id, member_id,"
                     + " token_hash, shared, progress, created_at) VALUES (?, ?, ?, NULL, ?, FALSE, 'SUBMITTED',"
                     + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
             PreparedStatement answer = db.prepareStatement("INSERT INTO answer (assessment_id, item_id, answer_value) VALUES (?, ?, ?)");
             PreparedStatement score = db.prepareStatement(
                     "INSERT INTO scale_score (assessment_id, scale_id, score, answered, items) VALUES (?, ?, ?, ?, ?)")) {
            statement.execute("INSERT INTO assessment (id, questionnaire_id, questionnaire_version, scoring_version, progress,"
                    + " campaign_id, team_id) VALUES (" + id + ", '" + CLIMATE.id() + "', " + CLIMATE.version() + ", '1',"
                    + " 'SUBMITTED', " + campaign + ", " + team + ")");
            invitation.setLong(1, id);
            invitation.setLong(2, campaign);
            invitation.setLong(3, team);
            invitation.setString(4, org.concord.kernel.AccessToken.hash(org.concord.kernel.AccessToken.newToken()));
            invitation.executeUpdate();
            for (var given : answers.entrySet()) {
                answer.setLong(1, id);
                answer.setString(2, given.getKey());
                answer.setInt(3, given.getValue());
                answer.executeUpdate();
            }
            for (var stored : AssessmentService.score(CLIMATE, answers).entrySet()) {
                score.setLong(1, id);
                score.setString(2, stored.getKey());
                score.setObject(3, stored.getValue().getScore());
                score.setInt(4, stored.getValue().getAnswered());
                score.setInt(5, stored.getValue().getItems());
                score.executeUpdate();
            }
        }
    }

    /** A GET as the signed-in person of {@code browser}. */
    private static HttpResponse<byte[]> get(Browser browser, String path) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The scale means the team page shows, in order; empty when it shows none. */
    private static List<String> means(Browser browser, long campaign, long team) {
        browser.open(server.url("/manager/team.xhtml?campaign=" + campaign + "&team=" + team + "&lang=en"));
        List<String> means = new ArrayList<>();
        browser.driver().findElements(By.cssSelector(".cc-mean")).forEach(cell -> means.add(cell.getText()));
        return means;
    }

    @Test
    void aReportReadBeforeAndAfterOneMoreAnswerGivesNothingToSubtract() throws Exception {
        List<String> atThree = means(manager, OPEN, 920_021);
        assertTrue(manager.text(By.id("wave-open")).startsWith("This wave is still open"));
        assertEquals("3", manager.text(By.id("count-submitted")));
        HttpResponse<byte[]> report = get(manager, "/manager/team-report.xhtml?campaign=" + OPEN);
        assertEquals(409, report.statusCode(), "no team report while answers arrive");
        assertFalse(report.headers().firstValue("Content-Type").orElse("").contains("spreadsheet"));

        respond(OPEN, 920_021, answers(5, null));
        List<String> atFour = means(manager, OPEN, 920_021);
        assertEquals("4", manager.text(By.id("count-submitted")));

        assertEquals(List.of(), atThree, "no mean at n = 3");
        assertEquals(List.of(), atFour, "no mean at n = 4: 4 m4 - 3 m3 cannot be computed");
    }

    @Test
    void anItemTwoOfThreeSkippedDoesNotGiveTheThirdAway() throws Exception {
        Path file;
        manager.open(server.url("/manager/team.xhtml?campaign=" + CLOSED + "&team=920011&lang=en"));
        manager.click(By.id("download-report"));
        file = manager.awaitDownload(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
            XSSFSheet items = workbook.getSheet("Item statistics");
            int checked = 0;
            for (Row row : items) {
                if (row.getCell(2) == null || row.getCell(2).getCellType() != CellType.STRING) {
                    continue;
                }
                String item = row.getCell(2).getStringCellValue();
                if (item.equals(CLIMATE.items().get(0).id()) || item.equals(CLIMATE.items().get(1).id())) {
                    assertEquals(CellType.STRING, row.getCell(4).getCellType(), item + ": no mean from the 2 who answered it");
                    assertTrue(row.getCell(4).getStringCellValue().contains("withheld"), row.getCell(4).getStringCellValue());
                    assertTrue(row.getCell(9) == null || row.getCell(9).getCellType() != CellType.NUMERIC,
                            "no count of the scale's one complete case");
                    checked++;
                }
                for (int c = 6; c <= 8; c++) {
                    assertNotEquals(CellType.NUMERIC, row.getCell(c).getCellType(), "no alpha or item-total from one case");
                }
            }
            assertEquals(2, checked);
        }
    }

    @Test
    void theOrganisationsFiguresLeaveTheWithheldTeamOut() {
        hr.open(server.url("/hr/organisation.xhtml?campaign=" + CLOSED + "&lang=en"));
        String quality = hr.text(By.cssSelector(".cc-quality"));
        assertTrue(quality.contains("1 teams, n = 3"), "the trio alone, not 3 + 2: " + quality);
        assertFalse(quality.contains("n = 5"), quality);
        String duo = hr.text(By.id("team-920012"));
        assertFalse(duo.replaceAll("Fewer than 3", "").matches("(?s).*\\d.*"), "no number about the duo: " + duo);
    }

    @Test
    void aRawExportOfAnOpenWaveIsRefused() {
        hr.open(server.url("/reports/index.xhtml?lang=en"));
        new org.openqa.selenium.support.ui.Select(hr.find(By.id("generate-form:campaign"))).selectByValue(String.valueOf(OPEN));
        hr.click(By.id("generate-form:generate"));
        hr.waitForText(By.id("generate-form:messages"), "still open");
        assertFalse(hr.text(By.id("archive")).contains("Attack " + OPEN), "no job was started");
    }
}
