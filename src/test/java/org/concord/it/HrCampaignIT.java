package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.campaign.Answering;
import org.concord.database.Container;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.QuestionnaireLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * HR's path through a campaign on the real server: two teams (one from a CSV upload, after a
 * malformed one is refused whole), a campaign with personal links, the links generated and
 * downloaded as CSV, members answering, and the completion view counting them per team.
 */
class HrCampaignIT {

    static final Catalog CATALOG = QuestionnaireLoader.loadFolder(Path.of("questionnaires"));

    private static ConcordServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = ConcordServer.get();
        browser = new Browser(Files.createTempDirectory("concord-downloads"));
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void hrCreatesTeamsAndACampaignGeneratesAndDownloadsLinksAndSeesCompletion() throws Exception {
        HrSteps hr = new HrSteps(server, browser);
        hr.signIn();
        String suffix = Long.toString(System.nanoTime(), 36);
        long support = hr.createTeam("Support " + suffix, hr.newManager());
        Path bad = Files.writeString(Files.createTempFile("members", ".csv"), "name,email\nAda,ada@example.org\nBob,bob-at-example\n");
        browser.find(By.cssSelector("input[type=file]")).sendKeys(bad.toString());
        browser.click(By.id("upload-form:upload"));
        String refused = browser.waitForText(By.id("messages"), "Line 3");
        assertTrue(refused.contains("bob-at-example") && refused.contains("Nothing was imported"), refused);
        assertTrue(browser.pageText().contains("No member listed."), "nothing of the bad file was kept");
        hr.uploadMembers(suffix, 5);
        assertTrue(browser.text(By.id("messages")).contains("5 members imported"));
        long finance = hr.createTeam("Finance " + suffix, hr.newManager());
        hr.addMember("Fay " + suffix, "fay-" + suffix + "@example.org");
        hr.addMember("Gil " + suffix, "gil-" + suffix + "@example.org");

        long campaign = hr.createCampaign("Climate " + suffix, "before team building", List.of(support, finance));
        browser.click(By.id("links-form:generate"));
        browser.waitForText(By.id("messages"), "7 links ready");
        List<String> shown = new ArrayList<>(List.of(browser.attribute(By.id("links-text"), "value").split("\n")));
        assertEquals(7, shown.size());
        String waiting = browser.text(By.id("unfinished-form:unfinished"));
        assertFalse(waiting.contains("Everybody invited has finished"), "right after the links, nobody has finished: " + waiting);
        assertTrue(waiting.contains("Fay " + suffix) && waiting.contains("Gil " + suffix), waiting);

        browser.click(By.id("links-form:download"));
        Path csv = browser.awaitDownload(".csv");
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFTeam,Member,E-mail,Link", rows.get(0));
        assertEquals(8, rows.size());
        List<String> urls = rows.subList(1, rows.size()).stream().map(r -> r.substring(r.lastIndexOf(',') + 1)).toList();
        for (String url : urls) {
            assertTrue(url.startsWith(server.url("/respond/answer.xhtml?t=")), url);
            assertTrue(shown.stream().anyMatch(line -> line.endsWith(url)), "the download holds the links shown");
        }
        assertTrue(rows.get(1).startsWith("Finance " + suffix + ",Fay " + suffix + ",fay-" + suffix + "@example.org,"), rows.get(1));

        try (Container container = ServerJpa.open(server)) {
            for (int m = 0; m < 3; m++) {
                Answering.submit(container, Answering.token(urls.get(2 + m)), item -> 4);
            }
            Answering.start(container, Answering.token(urls.get(5)));
        }
        browser.open(server.url("/hr/campaign.xhtml?id=" + campaign));
        String completion = browser.text(By.id("completion-form:completion"));
        assertTrue(completion.contains("Support " + suffix + " 5 1 3 60 %"), completion);
        assertTrue(completion.contains("Finance " + suffix + " 2 0 0 0 %"), completion);
        String unfinished = browser.text(By.id("unfinished-form:unfinished"));
        assertTrue(unfinished.contains("Fay " + suffix) && unfinished.contains("Started"), unfinished);
        assertFalse(unfinished.contains("Member 1 " + suffix), "those who submitted are not listed");
    }

    @Test
    void removingAMemberAsksFirstAndCancelKeepsThem() throws Exception {
        HrSteps hr = new HrSteps(server, browser);
        hr.signIn();
        String suffix = Long.toString(System.nanoTime(), 36);
        long team = hr.createTeam("Removal " + suffix, hr.newManager());
        hr.addMember("Kim " + suffix, "kim-" + suffix + "@example.org");

        browser.click(By.cssSelector("#members button[id$=':remove']"));
        String asked = browser.waitForText(By.id("confirm-form:confirm"), "Remove this member");
        assertTrue(asked.contains("Remove"), asked);
        browser.click(By.id("confirm-form:confirm-no"));
        assertTrue(browser.text(By.id("members")).contains("Kim " + suffix), "cancel keeps the member");
        assertEquals(1, members(team));

        browser.click(By.cssSelector("#members button[id$=':remove']"));
        browser.waitForText(By.id("confirm-form:confirm"), "Remove this member");
        browser.clickAndWaitForPage(By.id("confirm-form:confirm-yes"));
        browser.waitForText(By.id("messages"), "Member removed.");
        assertEquals(0, members(team));
    }

    private static int members(long team) throws java.sql.SQLException {
        try (java.sql.Connection db = server.database();
             java.sql.ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM team_member WHERE team_id = " + team)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
