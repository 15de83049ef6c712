package org.concord.it;

import static org.concord.it.RespondentTexts.CLIMATE;
import static org.concord.it.RespondentTexts.MATURITY;
import static org.concord.it.RespondentTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A respondent who uses no mouse answers a whole two-questionnaire campaign with the keyboard
 * alone: Tab to move, Space to tick consent and to choose in a radio group, the arrow keys to
 * move the choice along the group, Enter on the buttons; no click, no script. On every page
 * each question's options are a radio group labelled by the question (a fieldset whose legend
 * is the question's text), and the answering and review pages pass axe-core in both languages.
 */
class KeyboardRespondentIT extends RespondentTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aRespondentAnswersEveryPageReviewsAndSubmitsWithTheKeyboardAlone() throws Exception {
        var campaign = fixtures.campaign("Keyboard review", TODAY.minusDays(1), TODAY.plusDays(10), 1, CLIMATE, MATURITY);
        page.open(campaign.token(0));

        tabTo(element -> "consent-form:consent".equals(element.getAttribute("id")));
        press(Keys.SPACE);
        assertTrue(browser.find(By.id("consent-form:consent")).isSelected(), "Space ticks the consent");
        tabTo(element -> "consent-form:start".equals(element.getAttribute("id")));
        pressAndWait(Keys.ENTER);

        Map<String, Integer> expected = new HashMap<>();
        int n = 0;
        for (Questionnaire questionnaire : List.of(CLIMATE, MATURITY)) {
            for (int p = 1; p <= RespondentTexts.pages(questionnaire); p++) {
                assertEquals(text("en", "respond.page", p, RespondentTexts.pages(questionnaire)), page.text("page-indicator"));
                for (String id : page.items()) {
                    assertLabelledRadioGroup(questionnaire, questionnaire.item(id).orElseThrow());
                    int value = n++ % radiosOf(id) + 1;
                    tabTo(element -> ("answer-" + id).equals(element.getAttribute("name")));
                    press(Keys.SPACE);
                    for (int step = 1; step < value; step++) {
                        press(Keys.ARROW_RIGHT);
                    }
                    assertTrue(browser.find(page.radio(id, value)).isSelected(), id + ": the keys chose " + value);
                    expected.put(id, value);
                }
                tabTo(element -> "answers:next".equals(element.getAttribute("id")));
                pressAndWait(Keys.ENTER);
            }
        }

        assertEquals(text("en", "respond.review.title"), page.text("page-indicator"));
        assertEquals(text("en", "respond.review.none"), page.text("skipped-0"));
        assertEquals(text("en", "respond.review.none"), page.text("skipped-1"));
        tabTo(element -> "answers:submit".equals(element.getAttribute("id")));
        pressAndWait(Keys.ENTER);

        assertEquals(text("en", "respond.done.title"), browser.text(By.cssSelector("#done h1")));
        Map<String, Integer> stored = new HashMap<>();
        StoredAssessment.ofCampaign(server, campaign.id()).forEach(assessment -> {
            assertEquals("SUBMITTED", assessment.progress());
            stored.putAll(assessment.answers());
        });
        assertEquals(expected, stored, "every answer chosen with the keyboard is stored");
    }

    @Test
    void theAnsweringAndReviewPagesOfTwoQuestionnairesPassAxeInBothLanguages() throws Exception {
        var campaign = fixtures.campaign("Axe review", TODAY.minusDays(1), TODAY.plusDays(10), 1, CLIMATE, MATURITY);
        page.open(campaign.token(0)).consentAndStart();
        List<String> found = new ArrayList<>(violations("first page"));
        while (!page.shows("answers:submit")) {
            List<String> items = page.items();
            items.subList(0, items.size() - 1).forEach(item -> page.choose(item, 2));
            page.next();
        }
        found.addAll(violations("review"));
        assertEquals(List.of(), found);
    }

    /** The question's options: radios inside one fieldset whose legend is the question's text, each in its label. */
    private void assertLabelledRadioGroup(Questionnaire questionnaire, Item item) {
        WebElement fieldset = browser.find(By.cssSelector("#item-" + item.id() + " fieldset"));
        assertEquals(item.text().in("en"), fieldset.findElement(By.tagName("legend")).getText(), item.id());
        List<WebElement> radios = fieldset.findElements(By.cssSelector("input[type=radio]"));
        assertEquals(questionnaire.responseFormat().orderedLabels().size(), radios.size(), item.id());
        for (WebElement radio : radios) {
            assertEquals("answer-" + item.id(), radio.getAttribute("name"), "one group per question");
            assertTrue(!radio.findElements(By.xpath("ancestor::label")).isEmpty(), item.id() + ": each option has its label");
        }
    }

    private int radiosOf(String item) {
        return browser.driver().findElements(By.cssSelector("input[name='answer-" + item + "']")).size();
    }

    /** The page's axe-core violations in English and in French, switching back to English after. */
    private List<String> violations(String step) {
        List<String> found = new ArrayList<>();
        for (String language : List.of("fr", "en")) {
            page.language(language);
            Accessibility.violations(browser.driver()).forEach(violation -> found.add(step + " [" + language + "] " + violation));
        }
        return found;
    }

    /** Presses Tab until the focused element is the one wanted (at most 300 times). */
    private void tabTo(Predicate<WebElement> wanted) {
        for (int i = 0; i < 300; i++) {
            if (wanted.test(browser.driver().switchTo().activeElement())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the element on " + browser.currentUrl());
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Presses a key on the focused button and waits until the server has replaced the page's content. */
    private void pressAndWait(CharSequence key) {
        WebElement main = browser.find(By.id("content"));
        WebElement form = browser.driver().switchTo().activeElement().findElement(By.xpath("ancestor::form"));
        press(key);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Browser.gone(main) || Browser.gone(form));
        browser.find(By.id("content"));
    }
}
