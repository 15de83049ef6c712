package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The server's log stays readable: after pages in both languages, a form post and a workbook
 * written by POI, it holds neither log4j-api's complaint that it found no logging provider (POI's
 * lines go to java.util.logging) nor Payara's "Unable to set request character encoding"
 * warning (no filter reads a request's parameters before Faces sets their encoding); and after
 * every page that declares view parameters or a view action has been opened, no "JSF1103: The
 * metadata facet must be a direct child of the view" (each page puts its f:metadata in the
 * template's {@code metadata} slot, under f:view).
 */
class ServerLogIT extends BrowserTest {

    @Test
    void theLogHasNeitherLog4jsComplaintNorEncodingWarnings() throws Exception {
        String username = "log-hr-" + Long.toString(System.nanoTime(), 36);
        server.createAccount(username, HrSteps.PASSWORD, Role.HR);
        try (Browser hr = new Browser(Files.createTempDirectory("concord-server-log")).signIn(server, username, HrSteps.PASSWORD)) {
            hr.open(server.url("/hr/interviews.xhtml?lang=fr"));
            hr.open(server.url("/hr/teams.xhtml?lang=en"));
            hr.open(server.url("/hr/interviews.xhtml"));
            hr.click(By.id("download:workbook"));
            Path workbook = hr.awaitDownload(".xlsx");
            assertTrue(Files.size(workbook) > 0, "POI wrote the workbook");
        }

        String log = server.log();
        assertTrue(log.contains("Payara Micro"), "the log is the server's");
        assertFalse(log.contains("Log4j API could not find a logging provider"), "log4j-api finds its bridge to java.util.logging");
        assertFalse(log.contains("Unable to set request character encoding"), "no filter reads parameters before Faces");
    }

    @Test
    void noPageLogsThatItsMetadataIsMisplaced() throws Exception {
        String username = "log-all-" + Long.toString(System.nanoTime(), 36);
        server.createAccount(username, HrSteps.PASSWORD, Role.HR, Role.RECRUITER, Role.MANAGER);
        try (Browser browser = new Browser()) {
            for (String page : List.of("/signin.xhtml?next=/index.xhtml", "/preview.xhtml?q=none", "/respond/answer.xhtml?t=unknown", "/sso.xhtml")) {
                browser.open(server.url(page));
            }
            browser.signIn(server, username, HrSteps.PASSWORD);
            for (String page : List.of("/hr/teams.xhtml", "/hr/campaign.xhtml", "/hr/organisation.xhtml?campaign=1",
                    "/manager/team.xhtml?campaign=1&team=1", "/manager/team-report.xhtml?campaign=1",
                    "/recruiter/candidate.xhtml?id=1", "/recruiter/interview.xhtml?candidate=1", "/recruiter/kiosk.xhtml?candidate=1")) {
                browser.open(server.url(page));
            }
        }
        List<String> misplaced = server.log().lines().filter(line -> line.contains("JSF1103")).toList();
        assertEquals(List.of(), misplaced, "every page's f:metadata is a direct child of the view");
    }
}
