package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A questionnaire author (signed in; any role may preview) previews each instrument from the catalog, in English and in French,
 * and pages through to the end: every item of the file is shown once, in order, at most ten a
 * page, with the response labels, a progress bar and, for the interview, probes and anchors.
 */
class PreviewIT extends BrowserTest {

    @BeforeAll
    static void start() {
        server.createAccount("preview-recruiter", "preview recruiter password", Role.RECRUITER);
        browser.signIn(server, "preview-recruiter", "preview recruiter password");
    }

    /** The latest version of {@code id} in the questionnaires folder: the one the catalog offers to preview. */
    private static Questionnaire latest(String id) {
        for (int version = 9; version >= 1; version--) {
            Path file = Path.of("questionnaires", id + ".v" + version + ".yaml");
            if (java.nio.file.Files.exists(file)) {
                return QuestionnaireLoader.loadFile(file).questionnaire();
            }
        }
        throw new AssertionError("no file of " + id);
    }

    static Stream<Arguments> instrumentsAndLanguages() {
        return Stream.of("cooperativeness", "cooperation-interview", "coordination-maturity", "team-cooperation-climate")
                .flatMap(id -> Stream.of(Arguments.of(id, "en"), Arguments.of(id, "fr")));
    }

    @ParameterizedTest
    @MethodSource("instrumentsAndLanguages")
    void pagingThroughThePreviewShowsEveryItemInOrder(String id, String language) {
        Questionnaire questionnaire = latest(id);
        int pages = (questionnaire.items().size() + 9) / 10;
        browser.open(server.url("/questionnaires.xhtml?lang=" + language));
        browser.click(By.cssSelector("#instrument-" + id + " a#preview, #instrument-" + id + " a[id$='preview']"));

        assertEquals(questionnaire.title().in(language), browser.text(By.id("preview-title")));
        int shown = 0;
        for (int page = 1; page <= pages; page++) {
            String indicator = browser.text(By.id("page-indicator"));
            assertTrue(indicator.endsWith(page + (language.equals("fr") ? " sur " : " of ") + pages), indicator);
            List<WebElement> items = browser.driver().findElements(By.cssSelector(".cc-item"));
            assertTrue(items.size() <= 10, "at most ten items a page");
            for (WebElement shownItem : items) {
                Item expected = questionnaire.items().get(shown++);
                assertEquals("item-" + expected.id(), shownItem.getAttribute("id"));
                assertTrue(shownItem.getText().startsWith(expected.text().in(language)), shownItem.getText());
                assertTrue(shownItem.getText().contains(questionnaire.responseFormat().labels().get(5).in(language)));
                if (!expected.probes().isEmpty()) {
                    assertTrue(shownItem.getText().contains(expected.probes().get(0).in(language)));
                    assertTrue(shownItem.getText().contains(expected.anchors().get(3).in(language)));
                }
            }
            assertEquals(page * 100 / pages + "%", browser.text(By.cssSelector("#progress .ui-progressbar-label")));
            if (page < pages) {
                browser.click(By.cssSelector("a[id$='next']"));
                browser.waitForText(By.id("page-indicator"), " " + (page + 1) + " ");
            }
        }
        assertEquals(questionnaire.items().size(), shown, "every item is shown once");
        assertTrue(browser.text(By.id("end")).startsWith(language.equals("fr") ? "Fin du questionnaire." : "End of the questionnaire."));
    }
}
