package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.List;
import org.concord.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * HR e-mails reminders from the campaign page on the real server: the mailing runs on the
 * server's executor with a progress bar and ends with the result per address; when the mail
 * server is down nothing is sent and every member's link keeps working; when it takes the
 * messages, each member's new link works and the old one no longer does. (A mail server that
 * refuses one address or dies in the middle of a mailing is tested in InvitationMailerTest.)
 */
class MailingIT extends BrowserTest {

    @AfterEach
    void forget() {
        browser.forgetSession(server);
    }

    @Test
    void aReminderChangesALinkOnlyWhenItsMessageWasAccepted() throws Exception {
        HrSteps hr = new HrSteps(server, browser);
        hr.signInAs("mailing-hr", Role.HR);
        long team = hr.createTeam("Mailing Crew", hr.newManager());
        hr.addMember("Ida Mail", "ida@example.org");
        hr.addMember("Jon Mail", "jon@example.org");
        long campaign = hr.createCampaign("Mailing review", "Before", List.of(team));
        browser.open(server.url("/hr/campaign.xhtml?id=" + campaign + "&lang=en"));
        browser.click(By.id("links-form:generate"));
        browser.waitForText(By.id("links-form:issued-links"), "Ida Mail");
        List<String> first = links();
        assertEquals(2, first.size());

        browser.click(By.id("links-form:remind"));
        browser.waitForText(By.id("messages"), "could not be reached");
        for (String link : first) {
            assertEquals(200, Http.get(server, link, null).status(), "the mail server is down: " + link + " still works");
        }

        GreenMail smtp = new GreenMail(new ServerSetup(server.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            browser.open(server.url("/hr/campaign.xhtml?id=" + campaign + "&lang=en"));
            browser.click(By.id("links-form:remind"));
            String results = browser.waitForText(By.id("links-form:deliveries"), "jon@example.org");
            assertTrue(results.contains("ida@example.org"), results);
            assertEquals(2, results.split("Sent: the new link replaces the old one", -1).length - 1, results);
            smtp.waitForIncomingEmail(2);
            for (var message : smtp.getReceivedMessages()) {
                String body = (String) message.getContent();
                String link = body.replaceAll("(?s).*?(/respond/answer\\.xhtml\\?t=[A-Za-z0-9_-]+).*", "$1");
                assertEquals(200, Http.get(server, link, null).status(), "the e-mailed link works");
            }
            for (String link : first) {
                int status = Http.get(server, link, null).status();
                assertTrue(status == 404 || status == 429, "the replaced link no longer works: " + link + " " + status);
            }
        } finally {
            smtp.stop();
        }
    }

    /** The links shown after generating, as paths on the server. */
    private static List<String> links() {
        return browser.text(By.id("links-text")).lines()
                .map(line -> line.replaceAll(".*?(/respond/answer\\.xhtml\\?t=[A-Za-z0-9_-]+).*", "$1"))
                .filter(line -> line.startsWith("/respond/")).toList();
    }
}
