package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The server's log stays readable: after pages in both languages, a form post and a workbook
 * written by POI, it holds neither log4j-api's complaint that it found no logging provider (POI's
 * lines go to java.util.logging) nor Payara's "Unable to set request character encoding"
 * warning (no filter reads a request's parameters before Faces sets their encoding).
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
}
