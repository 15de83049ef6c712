package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.database.Container;
import org.concord.interview.Recruiting;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;
import org.concord.security.Caller;
import org.concord.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The candidate page never shows a number that misleads: a candidate who gave every
 * self-report answer its top keyed value sees intervals that end at the top of the 1..5 scale
 * (never above it), and against a norm group smaller than the minimum of 30 the page gives the
 * norm group's n and no percentile. The reference sample (a dozen submitted self-reports, so
 * that alpha and the intervals are shown) is stored through the services on the server's own
 * database; the page is read in a real browser.
 */
class CandidateNumbersIT extends BrowserTest {

    private static final Questionnaire SELF_REPORT = Recruiting.SELF_REPORT;
    private static final String NORA = "nora.norms";
    private static final String PASSWORD = "Correct-horse-battery-9";
    private static final Pattern INTERVAL = Pattern.compile("(\\d\\.\\d\\d) – (\\d\\.\\d\\d)");

    private static long topScorer;

    @BeforeAll
    static void storeASampleAndATopScorer() {
        server.createAccount(NORA, PASSWORD, Role.RECRUITER);
        Optional<Caller> nora = Recruiting.recruiter(NORA);
        try (Container container = ServerJpa.open(server)) {
            for (int seed = 0; seed < 12; seed++) {
                long other = Recruiting.create(container, nora, Recruiting.candidate("Norm sample " + seed, "Analyst"));
                Recruiting.selfReport(container, nora, other, Recruiting.varied(seed));
            }
            topScorer = Recruiting.create(container, nora, Recruiting.candidate("Top scorer", "Team lead"));
            Recruiting.selfReport(container, nora, topScorer, Recruiting.consistent(SELF_REPORT, 5));
        }
        browser.signIn(server, NORA, PASSWORD);
    }

    private static int submittedSelfReports() throws SQLException {
        try (Connection db = server.database();
             PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM assessment WHERE questionnaire_id = ?"
                     + " AND questionnaire_version = ? AND progress = 'SUBMITTED'")) {
            count.setString(1, SELF_REPORT.id());
            count.setInt(2, SELF_REPORT.version());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void aTopScoreHasIntervalsEndingAtTheTopOfTheScale() {
        browser.open(server.url("/recruiter/candidate.xhtml?id=" + topScorer + "&lang=en"));
        List<String> intervals = new ArrayList<>();
        for (Scale scale : SELF_REPORT.scales()) {
            String row = "#sr-" + scale.id();
            assertEquals("5.00", browser.text(By.cssSelector(row + " .cc-score")), scale.id());
            String interval = browser.text(By.cssSelector(row + " .cc-interval"));
            Matcher numbers = INTERVAL.matcher(interval);
            if (numbers.matches()) {
                assertEquals("5.00", numbers.group(2), "the interval ends at the scale's top, never above it: " + interval);
                assertTrue(Double.parseDouble(numbers.group(1)) < 5.0, interval);
                intervals.add(interval);
            } else {
                assertTrue(interval.startsWith("not available: "), interval);
            }
        }
        assertFalse(intervals.isEmpty(), "with a dozen varied self-reports some scale is reliable enough for an interval");
        assertTrue(intervals.stream().allMatch(i -> i.endsWith("– 5.00")), intervals.toString());
    }

    @Test
    void aNormGroupBelowTheMinimumShowsItsNAndNoPercentile() throws SQLException {
        int n = submittedSelfReports();
        assertTrue(n >= 13 && n < 30, "the browser suite stores fewer than 30 self-reports: " + n);
        browser.open(server.url("/recruiter/candidate.xhtml?id=" + topScorer + "&lang=en"));
        for (Scale scale : SELF_REPORT.scales()) {
            String percentile = browser.text(By.cssSelector("#sr-" + scale.id() + " .cc-percentile"));
            assertEquals("not available: norm group n = " + n + ", percentiles need at least 30", percentile, scale.id());
        }
        String method = browser.pageText();
        assertTrue(method.contains("at least 30 scores") && method.contains("from 10 complete answers"),
                "the page says the rules it applies");
        browser.open(server.url("/recruiter/candidate.xhtml?id=" + topScorer + "&lang=fr"));
        assertEquals("non disponible : groupe de référence n = " + n + ", les rangs centiles en demandent au moins 30",
                browser.text(By.cssSelector("#sr-" + SELF_REPORT.scales().get(0).id() + " .cc-percentile")));
    }
}
