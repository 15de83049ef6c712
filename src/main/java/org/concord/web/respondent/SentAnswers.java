package org.concord.web.respondent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Item;

/**
 * The answers a respondent's browser sent for the questions of one page, read from the plain
 * radio buttons named {@code answer-<item id>}: none chosen is a skipped question (null), and
 * anything that is not a whole number makes the page unreadable. Whether a number is an
 * acceptable answer is the assessment's to decide, never the browser's.
 */
public record SentAnswers(Map<String, Integer> answers, boolean readable) {

    static final String PREFIX = "answer-";

    static SentAnswers read(List<Item> items, Map<String, String> parameters) {
        Map<String, Integer> answers = new HashMap<>();
        boolean readable = true;
        for (Item item : items) {
            String value = parameters.get(PREFIX + item.id());
            try {
                answers.put(item.id(), value == null || value.isBlank() ? null : Integer.valueOf(value.strip()));
            } catch (NumberFormatException notANumber) {
                readable = false;
            }
        }
        return new SentAnswers(answers, readable);
    }
}
