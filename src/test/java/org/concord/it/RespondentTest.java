package org.concord.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the respondent browser tests share: campaigns and links made in the database for them
 * ({@link RespondentFixtures}), and each test starting as a new person, with no session and
 * no cookies, on the respondent pages.
 */
abstract class RespondentTest extends BrowserTest {

    protected static RespondentFixtures fixtures;
    protected RespondentPage page;

    @BeforeAll
    static void makeFixtures() {
        fixtures = new RespondentFixtures(server);
    }

    @BeforeEach
    void newRespondent() {
        browser.open(server.url("/health/live"));
        browser.clearCookies();
        page = new RespondentPage(server, browser);
    }
}
