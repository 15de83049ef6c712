package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.concord.database.Container;
import org.concord.interview.Recruiting;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;
import org.concord.scoring.PanelReliability;
import org.concord.security.Caller;
import org.concord.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * HR's interview reliability page shows, for a panel of three candidates each rated by two
 * interviewers, the ICCs and severities the scoring engine computes here from the stored scale
 * scores of every submitted interview on the server; an interviewer sees their own severity on
 * their candidate list, and only that.
 */
class InterviewReliabilityIT extends BrowserTest {

    private static final Questionnaire INTERVIEW = Recruiting.INTERVIEW;
    private static final String IVY = "ivy.panel";
    private static final String IKE = "ike.panel";
    private static final String HANNA = "hanna.hr";
    private static final String PASSWORD = "Correct-horse-battery-9";

    @BeforeAll
    static void ratedPanels() {
        server.createAccount(IVY, PASSWORD, Role.RECRUITER);
        server.createAccount(IKE, PASSWORD, Role.RECRUITER);
        server.createAccount(HANNA, PASSWORD, Role.HR);
        Optional<Caller> ivy = Recruiting.recruiter(IVY);
        Optional<Caller> ike = Recruiting.recruiter(IKE);
        int[][] levels = {{4, 3}, {2, 2}, {5, 3}};
        try (Container container = ServerJpa.open(server)) {
            for (int c = 0; c < levels.length; c++) {
                long candidate = Recruiting.create(container, ivy, Recruiting.candidate("Panel candidate " + c, "Analyst"));
                Recruiting.panel(container, ivy, candidate, IKE);
                Recruiting.interview(container, ivy, candidate, ratings(levels[c][0]));
                Recruiting.interview(container, ike, candidate, ratings(levels[c][1]));
            }
        }
    }

    private static Map<String, Integer> ratings(int level) {
        Map<String, Integer> ratings = new HashMap<>(Recruiting.consistent(INTERVIEW, level));
        for (int i = 0; i < INTERVIEW.items().size(); i += 3) {
            ratings.put(INTERVIEW.items().get(i).id(), Math.min(5, level + 1));
        }
        return ratings;
    }

    /** The engine's panel reliability over every submitted interview of the version stored on the server. */
    private static PanelReliability engine() throws SQLException {
        List<String> scales = INTERVIEW.scales().stream().map(Scale::id).toList();
        Map<Long, PanelReliability.Rating> ratings = new LinkedHashMap<>();
        try (Connection db = server.database();
             PreparedStatement select = db.prepareStatement("SELECT a.id, a.candidate_id, a.rater_username, s.scale_id, s.score"
                     + " FROM assessment a JOIN scale_score s ON s.assessment_id = a.id WHERE a.rater_username IS NOT NULL"
                     + " AND a.progress = 'SUBMITTED' AND a.questionnaire_id = ? AND a.questionnaire_version = ? ORDER BY a.id")) {
            select.setString(1, INTERVIEW.id());
            select.setInt(2, INTERVIEW.version());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String candidate = String.valueOf(rs.getLong(2));
                    String rater = rs.getString(3);
                    PanelReliability.Rating rating = ratings.computeIfAbsent(id, x -> {
                        double[] none = new double[scales.size()];
                        Arrays.fill(none, Double.NaN);
                        return new PanelReliability.Rating(candidate, rater, none);
                    });
                    double score = rs.getDouble(5);
                    if (!rs.wasNull()) {
                        rating.scores()[scales.indexOf(rs.getString(4))] = score;
                    }
                }
            }
        }
        return PanelReliability.of(scales, new ArrayList<>(ratings.values()));
    }

    private static String coefficient(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String severity(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    @Test
    void hrSeesTheEnginesIccsAndSeverities() throws SQLException {
        PanelReliability engine = engine();
        browser.signIn(server, HANNA, PASSWORD);
        browser.open(server.url("/hr/interviews.xhtml?lang=en"));
        String section = "#version-" + INTERVIEW.key().replace('.', '-');
        for (PanelReliability.ScaleReliability scale : engine.scales()) {
            String row = section + " #scale-" + scale.scale();
            assertTrue(scale.candidates() >= 3, "the panel's three candidates at least");
            assertEquals(String.valueOf(scale.candidates()), browser.text(By.cssSelector(row + " .cc-candidates")));
            if (scale.icc().icc1().available()) {
                assertEquals(coefficient(scale.icc().icc1().value()), browser.text(By.cssSelector(row + " .cc-icc1")), scale.scale());
                assertEquals(coefficient(scale.icc().icc2().value()), browser.text(By.cssSelector(row + " .cc-icc2")), scale.scale());
            }
            if (scale.panelFor80().available()) {
                assertEquals(String.valueOf(scale.interviewersNeeded()), browser.text(By.cssSelector(row + " .cc-needed")));
            }
        }
        for (String interviewer : List.of(IVY, IKE)) {
            for (PanelReliability.Severity severity : engine.severitiesOf(interviewer)) {
                String row = section + " #severity-" + interviewer.replace('.', '-') + "-" + severity.scale();
                assertEquals(severity(severity.severity().value()), browser.text(By.cssSelector(row + " .cc-severity")));
            }
        }
        assertEquals(List.of(), browser.policyViolations(), "the page runs within the Content-Security-Policy");
        browser.signOut();
    }

    @Test
    void anInterviewerSeesTheirOwnSeverityOnly() throws SQLException {
        PanelReliability engine = engine();
        browser.signIn(server, IKE, PASSWORD);
        browser.open(server.url("/recruiter/candidates.xhtml?lang=en"));
        String own = browser.text(By.id("own-severity"));
        assertTrue(own.contains("Your severity as an interviewer"), own);
        for (PanelReliability.Severity severity : engine.severitiesOf(IKE)) {
            assertEquals(severity(severity.severity().value()),
                    browser.text(By.cssSelector("#own-severity-" + severity.scale() + " .cc-severity")));
            assertTrue(severity.severity().value() < 0, "ike rates lower than ivy");
        }
        assertTrue(browser.driver().findElements(By.cssSelector(".cc-icc1")).isEmpty(), "no panel figures for a recruiter");
        assertTrue(!own.contains(IVY), "nor anyone else's severity");
        browser.signOut();
    }
}
