package org.concord.it;

import static org.concord.it.RespondentTexts.CLIMATE;
import static org.concord.it.RespondentTexts.MATURITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Concord killed with SIGKILL, as by a power cut: a respondent's page the server confirmed is
 * there after the restart, five times in a row, each kill right after the confirmation (H2
 * used to write commits half a second late); a report job cut short is marked failed at the
 * next start, its partial file gone, and can be generated again from the Reports page; and a
 * respondent whose session expired keeps the answers of the page they were on.
 */
class CrashIT extends RespondentTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aConfirmedPageSurvivesAKillNineRightAfterTheConfirmation() throws Exception {
        var campaign = fixtures.campaign("Power cut review", TODAY.minusDays(1), TODAY.plusDays(10), 1, MATURITY, CLIMATE);
        page.open(campaign.token(0));
        page.consentAndStart();
        Map<String, Integer> confirmed = new HashMap<>();
        for (int round = 1; round <= 5; round++) {
            if (page.shows("answers:review")) {
                page.submit();
            }
            for (String item : page.items()) {
                page.choose(item, round % 5 + 1);
                confirmed.put(item, round % 5 + 1);
            }
            page.next();
            assertTrue(page.shows("answers"), "the server answered with the next page");

            server.killAndRestart();

            List<StoredAssessment> stored = StoredAssessment.ofCampaign(server, campaign.id());
            Map<String, Integer> kept = new HashMap<>();
            stored.forEach(assessment -> kept.putAll(assessment.answers()));
            assertEquals(confirmed, kept, "round " + round + ": every confirmed answer is on disk");
            page.open(campaign.token(0));
        }
    }

    @Test
    void aRespondentWhoseSessionExpiredKeepsTheAnswersOfThePage() throws Exception {
        var campaign = fixtures.campaign("Expired session review", TODAY.minusDays(1), TODAY.plusDays(10), 1, CLIMATE);
        page.open(campaign.token(0));
        page.consentAndStart();
        Map<String, Integer> chosen = new HashMap<>();
        for (String item : page.items()) {
            page.choose(item, 2);
            chosen.put(item, 2);
        }

        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        page.next();

        Map<String, Integer> kept = new HashMap<>();
        StoredAssessment.ofCampaign(server, campaign.id()).forEach(assessment -> kept.putAll(assessment.answers()));
        assertEquals(chosen, kept);
        assertTrue(page.shows("answers"), page.main());
        assertFalse(page.items().stream().anyMatch(chosen::containsKey), "the next page is shown");
    }

    @Test
    void aReportJobCutShortIsFailedItsPartialFileRemovedAndItCanBeGeneratedAgain() throws Exception {
        String job = UUID.randomUUID().toString();
        try (Connection db = server.database(); PreparedStatement insert = db.prepareStatement("INSERT INTO report_job (id, kind, "
                + "title, requested_by, questionnaire, campaign_id, locale, state, started_at) VALUES (?, 'RAW_EXPORT', "
                + "'Raw export cut short', 'hr', ?, NULL, 'en', 'RUNNING', ?)")) {
            insert.setString(1, job);
            insert.setString(2, CLIMATE.key());
            insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        Files.createDirectories(server.reports());
        Path part = Files.createFile(server.reports().resolve("raw-export-cut-short.xlsx.part"));

        server.killAndRestart();

        assertFalse(Files.exists(part), "the partial file is gone");
        assertEquals("FAILED", state(job));
        HrSteps hr = new HrSteps(server, browser);
        hr.signInAs("crash-hr", Role.HR);
        browser.open(server.url("/reports/?lang=en"));
        assertTrue(browser.text(By.id("archive:failed-jobs")).contains("Raw export cut short"));
        browser.click(By.cssSelector("[id$=':retry']"));
        browser.waitForText(By.id("generate-form:messages"), "The workbook is ready");
        assertEquals("RETRIED", state(job));
        assertTrue(browser.driver().findElements(By.id("archive:failed-jobs")).isEmpty(), "the retried job leaves the list");
    }

    private static String state(String job) throws Exception {
        try (Connection db = server.database();
             PreparedStatement select = db.prepareStatement("SELECT state FROM report_job WHERE id = ?")) {
            select.setString(1, job);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }
}
