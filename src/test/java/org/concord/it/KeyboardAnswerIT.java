package org.concord.it;

import static org.concord.it.RespondentTexts.CLIMATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Item;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A respondent who uses no mouse answers a whole questionnaire with the keyboard alone: Tab from
 * control to control, Space to agree and to pick an answer, the arrow keys to move within a
 * question's options, Enter on the buttons. Each question's options are one radio group named
 * by the question (a fieldset whose legend is the question's text, each option labelled).
 */
class KeyboardAnswerIT extends RespondentTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aQuestionnaireIsAnsweredConsentToSubmitWithTheKeyboardAlone() throws Exception {
        RespondentFixtures.Campaign campaign = fixtures.campaign("Keyboard review", TODAY.minusDays(1), TODAY.plusDays(10), 1, CLIMATE);
        page.open(campaign.token(0));

        tabTo(By.id("consent-form:consent"));
        press(Keys.SPACE);
        assertTrue(browser.find(By.id("consent-form:consent")).isSelected(), "Space ticks the consent");
        tabTo(By.id("consent-form:start"));
        pressAndWait(Keys.ENTER);

        Map<String, Integer> chosen = new HashMap<>();
        int turn = 0;
        while (browser.driver().findElements(By.id("answers:review")).isEmpty()) {
            for (String id : page.items()) {
                assertLabelledGroup(id);
                int value = 1 + (turn++ % 5);
                tabTo(page.radio(id, 1));
                press(Keys.SPACE);
                for (int i = 1; i < value; i++) {
                    press(Keys.ARROW_RIGHT);
                }
                assertTrue(browser.find(page.radio(id, value)).isSelected(), "the arrows move the choice within the question");
                chosen.put(id, value);
            }
            tabTo(By.id("answers:next"));
            pressAndWait(Keys.ENTER);
        }
        assertEquals(CLIMATE.items().size(), chosen.size(), "every question was reached from the keyboard");
        tabTo(By.id("answers:submit"));
        pressAndWait(Keys.ENTER);

        assertTrue(page.shows("done"), page.main());
        List<StoredAssessment> stored = StoredAssessment.ofCampaign(server, campaign.id());
        assertEquals(1, stored.size());
        assertEquals("SUBMITTED", stored.get(0).progress());
        assertEquals(chosen, stored.get(0).answers(), "what was chosen with the keys is what is stored");
    }

    /** Question {@code id} is a fieldset named by its text, holding five labelled radios of one group. */
    private void assertLabelledGroup(String id) {
        Item item = CLIMATE.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        WebElement group = browser.find(By.cssSelector("#item-" + id + " fieldset"));
        assertEquals(item.text().in("en"), group.findElement(By.tagName("legend")).getText(), "the group is named by its question");
        List<WebElement> radios = group.findElements(By.cssSelector("input[type=radio]"));
        assertEquals(5, radios.size());
        for (WebElement radio : radios) {
            assertEquals("answer-" + id, radio.getAttribute("name"), "one group per question");
            assertTrue(!radio.findElements(By.xpath("ancestor::label")).isEmpty()
                    && !radio.findElement(By.xpath("ancestor::label")).getText().isBlank(), "each option has its label");
        }
    }

    /** Presses Tab until {@code target} has the focus (at most 300 times). */
    private void tabTo(By target) {
        WebElement wanted = browser.find(target);
        for (int i = 0; i < 300; i++) {
            if (wanted.equals(browser.driver().switchTo().activeElement())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reaches " + target);
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Presses {@code key} on the focused button and waits until the server has replaced the page's content. */
    private void pressAndWait(CharSequence key) {
        WebElement form = browser.driver().switchTo().activeElement().findElement(By.xpath("ancestor::form"));
        press(key);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Browser.gone(form));
        browser.find(By.id("content"));
    }
}
