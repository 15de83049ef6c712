package org.concord.it;

import static org.concord.it.HostileInputIT.BOLD;
import static org.concord.it.HostileInputIT.IMAGE;
import static org.concord.it.HostileInputIT.SCRIPT;
import static org.concord.it.HostileInputIT.assertNoAlert;
import static org.concord.it.HostileInputIT.assertNone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.concord.scoring.io.JsonTestReader;
import org.concord.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A candidate's personal data on the real server: a name and a note holding markup are shown
 * as text; an over-long name is refused with the field named; the recruiter downloads
 * everything held about the candidate and then erases it after a confirmation, HR erases
 * another; the database keeps nothing of them but audit entries that name no one.
 */
class CandidatePrivacyIT {

    private static final String PASSWORD = "Privacy-test-password-7";
    private static final String SUFFIX = Long.toString(System.nanoTime(), 36);
    private static final String RECRUITER = "priv-rita-" + SUFFIX;
    private static final String HR = "priv-hr-" + SUFFIX;

    private static ConcordServer server;
    private static Browser rita;

    @BeforeAll
    static void start() throws Exception {
        server = ConcordServer.get();
        server.createAccount(RECRUITER, PASSWORD, Role.RECRUITER);
        server.createAccount(HR, PASSWORD, Role.HR);
        rita = new Browser(Files.createTempDirectory("concord-privacy-downloads")).signIn(server, RECRUITER, PASSWORD);
    }

    @AfterAll
    static void stop() {
        rita.close();
    }

    @Test
    void aHostileNameIsShownAsTextExportedAndErasedWithEverythingOfTheCandidate() throws Exception {
        String mark = "Zyx" + SUFFIX;
        String name = BOLD + " " + IMAGE + " " + mark;
        String note = SCRIPT + " " + BOLD + " note " + SUFFIX;
        long candidate = newCandidate(name);
        long interview = interviewWithNote(candidate, note);

        rita.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=en"));
        assertEquals(name, rita.text(By.id("candidate-name")));
        assertTrue(rita.text(By.id("interviews")).contains(note), rita.text(By.id("interviews")));
        assertNone(rita, By.id("candidate-name"), "b", "img");
        assertNone(rita, By.id("interviews"), "b", "img");
        assertNoAlert(rita);
        assertTrue(rita.text(By.id("retention")).contains("then erased automatically"));

        rita.click(By.id("personal-data:export"));
        Path json = rita.awaitDownload(".json");
        Object export = JsonTestReader.parse(Files.readString(json, StandardCharsets.UTF_8));
        assertEquals(name, JsonTestReader.at(export, "candidate", "name"));
        assertEquals(note, JsonTestReader.at(export, "assessments", 0, "answers", 0, "note"));
        List<?> audit = (List<?>) JsonTestReader.at(export, "auditTrail");
        assertTrue(audit.stream().anyMatch(e -> "candidate.viewed".equals(((java.util.Map<?, ?>) e).get("action"))), audit.toString());

        rita.click(By.id("personal-data:erase"));
        rita.waitForText(By.id("personal-data:confirm"), "cannot be undone");
        rita.clickAndWaitForPage(By.id("personal-data:confirm-yes"));
        rita.waitForText(By.id("messages"), "were erased");

        assertEquals(0, count("SELECT COUNT(*) FROM candidate WHERE id = " + candidate));
        assertEquals(0, count("SELECT COUNT(*) FROM assessment WHERE candidate_id = " + candidate));
        assertEquals(0, count("SELECT COUNT(*) FROM interview_note WHERE assessment_id = " + interview));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE subject LIKE '%" + mark + "%' OR detail LIKE '%"
                + mark + "%'"), "the audit trail names nobody");
        assertTrue(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'candidate.viewed' AND actor = '" + RECRUITER
                + "' AND subject = 'candidate-" + candidate + "'") >= 1, "each opening of the page is audited");
        for (String action : List.of("candidate.exported", "candidate.erased")) {
            assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = '" + action + "' AND actor = '" + RECRUITER
                    + "' AND subject = 'candidate-" + candidate + "'"), action);
        }
    }

    @Test
    void anOverLongNameIsRefusedNamingTheField() throws Exception {
        rita.open(server.url("/recruiter/new-candidate.xhtml?lang=en"));
        rita.type(By.id("candidate:position"), "Over-long " + SUFFIX);
        rita.click(By.id("candidate:retention"));
        rita.waitForText(By.id("candidate:consent-text"), "Over-long " + SUFFIX);
        rita.click(By.cssSelector("#candidate\\:consent .ui-chkbox-box"));
        HostileInputIT.typeUnlimited(rita, "candidate:name", "C".repeat(201));
        rita.click(By.id("candidate:save"));
        String refused = rita.waitForText(By.id("messages"), "longer than 200");
        assertTrue(refused.contains("Name is longer than 200 characters"), refused);
        assertEquals(0, count("SELECT COUNT(*) FROM candidate WHERE position_applied = 'Over-long " + SUFFIX + "'"));
    }

    @Test
    void anOverLongOrUnknownInterviewerIsRefusedAndThePanelStaysAsItWas() throws Exception {
        long candidate = newCandidate("Panel " + SUFFIX);
        HostileInputIT.typeUnlimited(rita, "panel:interviewer", "i".repeat(101));
        rita.click(By.id("panel:add-interviewer"));
        String refused = rita.waitForText(By.id("messages"), "longer than 100");
        assertTrue(refused.contains("Interviewer is longer than 100 characters"), refused);
        rita.type(By.id("panel:interviewer"), "nobody-" + SUFFIX);
        rita.click(By.id("panel:add-interviewer"));
        refused = rita.waitForText(By.id("messages"), "no recruiter or HR account named");
        assertTrue(refused.contains("nobody-" + SUFFIX), refused);
        assertEquals(0, count("SELECT COUNT(*) FROM candidate_interviewer WHERE candidate_id = " + candidate));
    }

    @Test
    void hrErasesACandidateFromTheirPage() throws Exception {
        long candidate = newCandidate("For HR " + SUFFIX);
        try (Browser hr = new Browser().signIn(server, HR, PASSWORD)) {
            hr.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=en"));
            assertEquals("For HR " + SUFFIX, hr.text(By.id("candidate-name")));
            hr.click(By.id("personal-data:erase"));
            hr.waitForText(By.id("personal-data:confirm"), "cannot be undone");
            hr.clickAndWaitForPage(By.id("personal-data:confirm-yes"));
            hr.waitForText(By.id("messages"), "were erased");
        }
        assertEquals(0, count("SELECT COUNT(*) FROM candidate WHERE id = " + candidate));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'candidate.erased' AND actor = '" + HR
                + "' AND subject = 'candidate-" + candidate + "'"));
    }

    private static long newCandidate(String name) {
        return new RecruiterSteps(server, rita).newCandidate(name, "privacy-" + SUFFIX + "@example.org", "Planner").id();
    }

    /** The recruiter's own interview of the candidate, begun, with a note on the first question. */
    private static long interviewWithNote(long candidate, String note) throws Exception {
        long id = 950_000 + (System.nanoTime() % 10_000);
        try (Connection db = server.database();
             PreparedStatement insert = db.prepareStatement("INSERT INTO assessment (id, questionnaire_id, questionnaire_version,"
                     + " progress, candidate_id, rater_username, started_at) VALUES (?, 'cooperation-interview', 1, 'STARTED', ?, ?,"
                     + " CURRENT_TIMESTAMP)");
             PreparedStatement noted = db.prepareStatement("INSERT INTO interview_note (assessment_id, item_id, note) VALUES (?, 'help-1', ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, candidate);
            insert.setString(3, RECRUITER);
            insert.executeUpdate();
            noted.setLong(1, id);
            noted.setString(2, note);
            noted.executeUpdate();
        }
        return id;
    }

    private static long count(String sql) throws Exception {
        try (Connection db = server.database(); Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

}
