package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages anybody can open (home, sign-in, the questionnaire library, an unknown address'
 * error page) pass axe-core's WCAG 2.1 AA rules in English and in French.
 */
class PublicPagesAccessibilityIT extends BrowserTest {

    private static final List<String> PAGES = List.of("/", "/signin.xhtml", "/questionnaires.xhtml", "/no-such-page.xhtml");

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyPublicPagePassesWcag21AA(String language) {
        browser.forgetSession(server);
        browser.open(server.url("/?lang=" + language));
        List<String> found = new ArrayList<>();
        for (String page : PAGES) {
            browser.open(server.url(page));
            Accessibility.violations(browser.driver()).forEach(violation -> found.add(page + " [" + language + "] " + violation));
        }
        assertEquals(List.of(), found, String.join("\n", found));
    }
}
