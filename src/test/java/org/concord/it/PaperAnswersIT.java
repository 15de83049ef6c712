package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFRow;
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
 * HR types a workshop's paper questionnaires into a CSV and imports them on the campaign page:
 * a file with one bad cell is refused whole, naming its line and column, and keeps nothing; the
 * corrected file is kept, its answers count in the completion, in the team's results once the
 * wave is closed, and in the raw export, row for row.
 */
class PaperAnswersIT {

    private static final Questionnaire CLIMATE =
            QuestionnaireLoader.loadFile(Path.of("questionnaires", "team-cooperation-climate.v1.yaml")).questionnaire();

    private static ConcordServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = ConcordServer.get();
        browser = new Browser(Files.createTempDirectory("concord-paper"));
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    /** The answers of three paper questionnaires to every climate item. */
    private static List<List<Integer>> papers() {
        List<List<Integer>> papers = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            List<Integer> answers = new ArrayList<>();
            for (int i = 0; i < CLIMATE.items().size(); i++) {
                answers.add(1 + (i * 2 + p) % 5);
            }
            papers.add(answers);
        }
        return papers;
    }

    private static Path file(String team, List<List<Integer>> papers, String badCell) throws Exception {
        StringBuilder csv = new StringBuilder("team");
        CLIMATE.items().forEach(item -> csv.append(',').append(item.id()));
        csv.append('\n');
        for (int p = 0; p < papers.size(); p++) {
            csv.append(team);
            for (int i = 0; i < papers.get(p).size(); i++) {
                csv.append(',').append(badCell != null && p == 2 && i == 1 ? badCell : papers.get(p).get(i));
            }
            csv.append('\n');
        }
        return Files.writeString(Files.createTempFile("paper", ".csv"), csv);
    }

    private static void upload(Path file) {
        browser.find(By.cssSelector("#paper input[type=file]")).sendKeys(file.toString());
        browser.click(By.id("paper-form:paper-import"));
    }

    private static long storedIn(long campaign) throws Exception {
        try (Connection db = server.database();
             PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM assessment WHERE campaign_id = ?")) {
            count.setLong(1, campaign);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aBadCellRefusesTheFileWholeAndAGoodFileCountsInResultsAndTheRawExport() throws Exception {
        HrSteps hr = new HrSteps(server, browser);
        hr.signIn();
        String suffix = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String team = "Paper " + suffix;
        long teamId = hr.createTeam(team, hr.newManager());
        hr.uploadMembers(suffix, 4);
        String campaignName = "Workshop " + suffix;
        long campaign = hr.createCampaign(campaignName, "on paper", List.of(teamId));

        browser.open(server.url("/hr/campaign.xhtml?id=" + campaign + "&lang=en"));
        upload(file(team, papers(), "7"));
        String refused = browser.waitForText(By.id("messages"), "Nothing was imported");
        assertTrue(refused.contains("Line 4, column 3 (" + CLIMATE.items().get(1).id() + "): \"7\" is not an answer"), refused);
        assertEquals(0, storedIn(campaign), "nothing of the refused file is kept");
        browser.open(server.url("/hr/campaign.xhtml?id=" + campaign + "&lang=fr"));
        upload(file(team, papers(), "sept"));
        String refusedFr = browser.waitForText(By.id("messages"), "Rien n'a été importé");
        assertTrue(refusedFr.contains("Ligne 4, colonne 3 (" + CLIMATE.items().get(1).id() + ") : « sept » n'est pas une réponse"),
                refusedFr);
        assertEquals(0, storedIn(campaign));

        browser.open(server.url("/hr/campaign.xhtml?id=" + campaign + "&lang=en"));
        upload(file(team, papers(), null));
        browser.waitForText(By.id("messages"), "3 paper questionnaires imported.");
        assertEquals(3, storedIn(campaign));
        String completion = browser.text(By.id("completion-form:completion"));
        assertTrue(completion.contains(team + " 4 0 3 75 %"), completion);
        try (Connection db = server.database(); PreparedStatement audit = db.prepareStatement(
                "SELECT detail FROM audit_entry WHERE action = 'campaign.paper-imported' AND subject = ?")) {
            audit.setString(1, "campaign-" + campaign);
            try (ResultSet rs = audit.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("3 paper questionnaires", rs.getString(1));
            }
        }

        hr.closeWave(campaign);
        browser.open(server.url("/manager/team.xhtml?campaign=" + campaign + "&team=" + teamId + "&lang=en"));
        String section = browser.text(By.id("section-" + CLIMATE.id()));
        assertTrue(section.contains("3 respondents"), section);

        browser.open(server.url("/reports/index.xhtml?lang=en"));
        new Select(browser.find(By.id("generate-form:questionnaire"))).selectByValue(CLIMATE.key());
        new Select(browser.find(By.id("generate-form:campaign"))).selectByValue(String.valueOf(campaign));
        browser.click(By.id("generate-form:generate"));
        WebDriverWait patiently = new WebDriverWait(browser.driver(), Duration.ofSeconds(90));
        patiently.ignoring(WebDriverException.class);
        patiently.until(driver -> driver.findElement(By.id("archive")).getText().contains(campaignName));
        browser.click(By.cssSelector("[id$=':download']"));
        Path downloaded = browser.awaitDownload(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage.open(downloaded.toFile(), PackageAccess.READ))) {
            XSSFSheet data = workbook.getSheet("Data");
            assertEquals(3, data.getLastRowNum(), "one row per paper questionnaire");
            XSSFRow header = data.getRow(0);
            List<Integer> columns = new ArrayList<>();
            for (Item item : CLIMATE.items()) {
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    if (header.getCell(c).getStringCellValue().equals(item.id())) {
                        columns.add(c);
                    }
                }
            }
            assertEquals(CLIMATE.items().size(), columns.size(), "a column per item: " + header);
            Set<List<Integer>> exported = new HashSet<>();
            for (int r = 1; r <= 3; r++) {
                XSSFRow row = data.getRow(r);
                exported.add(columns.stream().map(c -> (int) row.getCell(c).getNumericCellValue()).toList());
            }
            assertEquals(new HashSet<>(papers()), exported, "the export holds the paper answers as typed");
        }
    }
}
