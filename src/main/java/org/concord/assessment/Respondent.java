package org.concord.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnairePages;

/**
 * What a respondent's link shows now, read in one transaction so that pages never load
 * anything lazily: the {@link LinkStatus}, who asks, the day that matters for the status (opens
 * on, closed on, submitted on), every questionnaire of the link in answering order, which one
 * is being answered, its page (one past the last page is the review before submitting) and the
 * answers saved so far. {@code newVisitorToken} is set only when a shared link's visitor has
 * just been given their private link, for the browser to keep.
 */
public record Respondent(LinkStatus status, Asker asker, LocalDate date, List<Questionnaire> questionnaires,
                         int current, Long assessmentId, int page, Map<String, Integer> answers, String newVisitorToken) implements java.io.Serializable {

    public Respondent {
        questionnaires = List.copyOf(questionnaires);
        answers = Map.copyOf(answers);
    }

    /** A link that shows only its status (unknown, closed, not yet open, expired, done). */
    public static Respondent only(LinkStatus status, Asker asker, LocalDate date, List<Questionnaire> questionnaires) {
        return new Respondent(status, asker, date, questionnaires, 0, null, 1, Map.of(), null);
    }

    public Respondent withNewVisitorToken(String token) {
        return new Respondent(status, asker, date, questionnaires, current, assessmentId, page, answers, token);
    }

    public Respondent withDate(LocalDate day) {
        return new Respondent(status, asker, day, questionnaires, current, assessmentId, page, answers, newVisitorToken);
    }

    /** The questionnaire being answered. */
    public Questionnaire questionnaire() {
        return questionnaires.get(current);
    }

    public QuestionnairePages pages() {
        return new QuestionnairePages(questionnaire());
    }

    /** Whether the respondent has gone past the last page, to review and submit. */
    public boolean reviewing() {
        return page > pages().count();
    }

    /** The questions of the page being answered; none on the review or when not answering. */
    public List<Item> items() {
        return status != LinkStatus.ANSWERING || reviewing() ? List.of() : pages().page(page);
    }

    /** The number of the page's first question, for numbering questions across pages. */
    public int firstItemNumber() {
        return (page - 1) * QuestionnairePages.ITEMS_PER_PAGE + 1;
    }

    /** The minutes the respondent is told all the questionnaires take. */
    public int minutes() {
        return questionnaires.stream().mapToInt(Questionnaire::minutes).sum();
    }

    /** How many questions of the questionnaire being answered have an answer. */
    public int answered() {
        if (questionnaires.isEmpty() || current >= questionnaires.size()) {
            return 0;
        }
        return (int) questionnaire().items().stream().filter(item -> answers.containsKey(item.id())).count();
    }

    /**
     * Percentage of the questionnaire being answered whose questions have an answer (every one
     * once the link is done): never 100 while a question is left unanswered.
     */
    public int progress() {
        if (status == LinkStatus.DONE) {
            return 100;
        }
        int total = questionnaires.isEmpty() || current >= questionnaires.size() ? 0 : questionnaire().items().size();
        return status != LinkStatus.ANSWERING || total == 0 ? 0 : answered() * 100 / total;
    }

    /** The numbers (from 1) of the current questionnaire's questions left unanswered. */
    public List<Integer> skipped() {
        List<Integer> skipped = new ArrayList<>();
        List<Item> items = questionnaire().items();
        for (int i = 0; i < items.size(); i++) {
            if (!answers.containsKey(items.get(i).id())) {
                skipped.add(i + 1);
            }
        }
        return skipped;
    }
}
