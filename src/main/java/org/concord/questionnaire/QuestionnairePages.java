package org.concord.questionnaire;

import java.util.List;

/**
 * How a questionnaire is split into the pages a respondent sees: at most
 * {@value #ITEMS_PER_PAGE} items a page, in questionnaire order, so that a page fits on a
 * screen and answers can be saved each time a page is left. Pages are numbered from 1.
 */
public record QuestionnairePages(Questionnaire questionnaire) {

    public static final int ITEMS_PER_PAGE = 10;

    public int count() {
        return Math.max(1, (questionnaire.items().size() + ITEMS_PER_PAGE - 1) / ITEMS_PER_PAGE);
    }

    /** The page number {@code requested}, brought within 1..count(). */
    public int clamp(int requested) {
        return Math.min(Math.max(requested, 1), count());
    }

    /** The items on page {@code number} (1-based, clamped). */
    public List<Item> page(int number) {
        int from = (clamp(number) - 1) * ITEMS_PER_PAGE;
        return questionnaire.items().subList(from, Math.min(from + ITEMS_PER_PAGE, questionnaire.items().size()));
    }

    /** Percentage of the questionnaire done once page {@code number} is finished. */
    public int progressAfter(int number) {
        return clamp(number) * 100 / count();
    }
}
