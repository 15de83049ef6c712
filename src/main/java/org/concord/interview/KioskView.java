package org.concord.interview;

import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnairePages;

/**
 * What the kiosk shows the candidate answering on the recruiter's screen: the questionnaire,
 * the page they are on and their answers so far, or only that they have submitted. Never a
 * score: the kiosk has none to show.
 */
public record KioskView(long assessmentId, Questionnaire questionnaire, int page, Map<String, Integer> answers,
                        boolean submitted) implements java.io.Serializable {

    public KioskView {
        answers = Map.copyOf(answers);
    }

    public QuestionnairePages pages() {
        return new QuestionnairePages(questionnaire);
    }

    /** The items of the current page; none once submitted. */
    public List<Item> items() {
        return submitted ? List.of() : pages().page(page);
    }

    public boolean lastPage() {
        return page >= pages().count();
    }

    /** The number of the page's first item, for numbering across pages. */
    public int firstItemNumber() {
        return (pages().clamp(page) - 1) * QuestionnairePages.ITEMS_PER_PAGE + 1;
    }
}
