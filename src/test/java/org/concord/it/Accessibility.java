package org.concord.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the copy inside the {@code com.deque.html.axe-core:selenium} jar, nothing is
 * downloaded) on the page a browser shows, against WCAG 2.1 A and AA, and answers every
 * violation as a readable line: the rule, what it asks, its impact, and each element with its
 * selector and what is wrong, so that a failing test says what to fix.
 */
final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** The violations of the page {@code driver} shows, one paragraph each; empty when there is none. */
    static List<String> violations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream().map(Accessibility::describe).toList();
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                .append(rule.getHelp());
        for (CheckedNode node : rule.getNodes()) {
            text.append("\n    ").append(node.getTarget()).append("  ").append(node.getHtml());
            if (node.getFailureSummary() != null) {
                text.append("\n      ").append(node.getFailureSummary().replace("\n", "\n      "));
            }
        }
        return text.toString();
    }
}
