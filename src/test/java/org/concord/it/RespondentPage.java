package org.concord.it;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a respondent does on {@code /respond/answer.xhtml} in a real browser: open their link,
 * tick consent and start, click answers, and move between pages, each step waiting until the
 * page the server sends next is there.
 */
final class RespondentPage {

    private final ConcordServer server;
    private final Browser browser;

    RespondentPage(ConcordServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    String url(String token) {
        return server.url("/respond/answer.xhtml?t=" + token);
    }

    RespondentPage open(String token) {
        browser.open(url(token));
        return this;
    }

    /** Switches the language with the header's switch, as a respondent would. */
    void language(String code) {
        WebElement main = browser.find(By.id("content"));
        browser.click(By.id("lang-" + code));
        waitUntilReplaced(main);
    }

    void consentAndStart() {
        browser.click(By.id("consent-form:consent"));
        pressAndWait("consent-form:start");
        browser.find(By.id("answers"));
    }

    /** The ids of the questions on the page, in order. */
    List<String> items() {
        return browser.driver().findElements(By.cssSelector(".cc-item")).stream()
                .map(item -> item.getAttribute("id").substring("item-".length()))
                .toList();
    }

    void choose(String item, int value) {
        browser.click(radio(item, value));
    }

    /** The answers shown as chosen on this page. */
    Map<String, Integer> chosen() {
        Map<String, Integer> chosen = new HashMap<>();
        for (WebElement radio : browser.driver().findElements(By.cssSelector(".cc-item input[type=radio]"))) {
            if (radio.isSelected()) {
                chosen.put(radio.getAttribute("name").substring("answer-".length()), Integer.valueOf(radio.getAttribute("value")));
            }
        }
        return chosen;
    }

    By radio(String item, int value) {
        return By.cssSelector("input[name='answer-" + item + "'][value='" + value + "']");
    }

    void next() {
        pressAndWait("answers:next");
    }

    void previous() {
        pressAndWait("answers:previous");
    }

    void back() {
        pressAndWait("answers:back");
    }

    void submit() {
        pressAndWait("answers:submit");
    }

    /** Presses a button and waits until the server has replaced what was shown. */
    void pressAndWait(String button) {
        WebElement main = browser.find(By.id("content"));
        WebElement form = browser.find(By.id(button)).findElement(By.xpath("ancestor::form"));
        browser.click(By.id(button));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Browser.gone(main) || Browser.gone(form));
        browser.find(By.id("content"));
    }

    private void waitUntilReplaced(WebElement element) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Browser.gone(element));
    }

    String text(String id) {
        return browser.text(By.id(id));
    }

    boolean shows(String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    String progress() {
        return browser.text(By.cssSelector("[id='answers:progress'] .ui-progressbar-label"));
    }

    String main() {
        return browser.text(By.id("content"));
    }
}
