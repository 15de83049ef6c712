package org.concord.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What most browser test classes start from: the one Concord server of the test run and a
 * browser of the class's own, opened before its first test and closed after its last. A class
 * that needs more (an account signed in, fixtures) does it in its own {@code @BeforeAll},
 * which JUnit runs after this one.
 */
abstract class BrowserTest {

    protected static ConcordServer server;
    protected static Browser browser;

    @BeforeAll
    static void openBrowser() {
        server = ConcordServer.get();
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }
}
