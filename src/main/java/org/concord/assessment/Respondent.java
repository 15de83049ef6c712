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
 * is being answered, its page (one past the last page of the last one is the review of all,
 * before the one submission) and its answers saved so far, and the answers saved so far to
 * each questionnaire ({@code sheets}, in the same order; empty for one not started), from which
 * progress and the review count across all of them. {@code newVisitorToken} is set only when a shared link's visitor has
 * just been given their private link, for the browser to keep.
 */
public record Respondent(LinkStatus status, Asker asker, LocalDate date, List<Questionnaire> questionnaires,
                         int current, Long assessmentId, int page, Map<String, Integer> answers, List<Map<String, Integer>> sheets,
                         String newVisitorToken) implements java.io.Serializable {

    /** One questionnaire on the review: how many of its questions have an answer, and the numbers (from 1) of those without. */
    public record Review(Questionnaire questionnaire, int answered, List<Integer> skipped) implements java.io.Serializable {
    }

    public Respondent {
        questionnaires = List.copyOf(questionnaires);
        answers = Map.copyOf(answers);
        sheets = sheets.stream().map(Map::copyOf).toList();
    }

    /** A link that shows only its status (unknown, closed, not yet open, expired, done). */
    public static Respondent only(LinkStatus status, Asker asker, LocalDate date, List<Questionnaire> questionnaires) {
        return new Respondent(status, asker, date, questionnaires, 0, null, 1, Map.of(), List.of(), null);
    }

    public Respondent withNewVisitorToken(String token) {
        return new Respondent(status, asker, date, questionnaires, current, assessmentId, page, answers, sheets, token);
    }

    public Respondent withDate(LocalDate day) {
        return new Respondent(status, asker, day, questionnaires, current, assessmentId, page, answers, sheets, newVisitorToken);
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

    /** How many questions of all the questionnaires have an answer. */
    public int answered() {
        if (status != LinkStatus.ANSWERING) {
            return 0;
        }
        return reviews().stream().mapToInt(Review::answered).sum();
    }

    /** How many questions all the questionnaires ask together. */
    public int itemCount() {
        return questionnaires.stream().mapToInt(q -> q.items().size()).sum();
    }

    /**
     * Percentage of all the questionnaires' questions that have an answer (every one once the
     * link is done): never 100 while a question is left unanswered.
     */
    public int progress() {
        if (status == LinkStatus.DONE) {
            return 100;
        }
        int total = itemCount();
        return status != LinkStatus.ANSWERING || total == 0 ? 0 : answered() * 100 / total;
    }

    /** Each questionnaire, in order, with its questions answered and left unanswered, for the review of all. */
    public List<Review> reviews() {
        List<Review> reviews = new ArrayList<>();
        for (int q = 0; q < questionnaires.size(); q++) {
            Map<String, Integer> sheet = q < sheets.size() ? sheets.get(q) : Map.of();
            List<Item> items = questionnaires.get(q).items();
            List<Integer> skipped = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (!sheet.containsKey(items.get(i).id())) {
                    skipped.add(i + 1);
                }
            }
            reviews.add(new Review(questionnaires.get(q), items.size() - skipped.size(), skipped));
        }
        return reviews;
    }
}
