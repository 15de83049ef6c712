package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * HR erases a team member at their request on the team page: a confirmation first, then the
 * member's name and e-mail are gone from the page and the database, the other member stays,
 * and the audit trail says who erased which member, without naming them.
 */
class MemberErasureIT extends BrowserTest {

    private static HrSteps hr;

    @BeforeAll
    static void start() {
        hr = new HrSteps(server, browser);
        hr.signIn();
    }

    @Test
    void hrErasesAMemberAfterConfirming() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        long team = hr.createTeam("Erasure " + suffix, hr.newManager());
        hr.addMember("Barnaby " + suffix, "barnaby-" + suffix + "@example.org");
        hr.addMember("Cordelia " + suffix, "cordelia-" + suffix + "@example.org");
        long barnaby = memberId("barnaby-" + suffix + "@example.org");

        browser.click(By.id("members:0:member-actions:erase"));
        browser.waitForText(By.id("confirm-form:confirm"), "for good");
        browser.click(By.id("confirm-form:confirm-no"));
        assertTrue(browser.text(By.id("members")).contains("Barnaby " + suffix), "cancelled: nothing erased");

        browser.click(By.id("members:0:member-actions:erase"));
        browser.waitForText(By.id("confirm-form:confirm"), "for good");
        browser.clickAndWaitForPage(By.id("confirm-form:confirm-yes"));

        browser.waitForText(By.id("messages"), "were erased");
        String members = browser.text(By.id("members"));
        assertFalse(members.contains("Barnaby"), members);
        assertTrue(members.contains("Cordelia " + suffix), members);
        assertEquals(-1, memberId("barnaby-" + suffix + "@example.org"));
        try (Connection db = server.database();
             PreparedStatement select = db.prepareStatement("SELECT actor, detail FROM audit_entry WHERE action = 'member.erased'"
                     + " AND subject = ?")) {
            select.setString(1, "member-" + barnaby);
            try (ResultSet entry = select.executeQuery()) {
                assertTrue(entry.next(), "the erasure is in the audit trail");
                assertTrue(entry.getString("actor").startsWith("hr-"));
                assertEquals("team-" + team + ", 0 invitation(s) unlinked", entry.getString("detail"));
            }
        }
    }

    private static long memberId(String email) throws Exception {
        try (Connection db = server.database();
             PreparedStatement select = db.prepareStatement("SELECT id FROM team_member WHERE email = ?")) {
            select.setString(1, email);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? result.getLong(1) : -1;
            }
        }
    }
}
