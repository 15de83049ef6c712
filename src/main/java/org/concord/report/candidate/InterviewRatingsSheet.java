package org.concord.report.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concord.interview.RaterResult;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.report.ReportTexts;
import org.concord.report.workbook.Cells;
import org.concord.report.workbook.Table;

/**
 * The Interview sheet: one row per interview question (its number, scale and wording) with,
 * for every interviewer the reader may see, the rating given and the notes taken, notes always
 * as text. An interviewer's own ratings not yet submitted are marked so in their heading.
 */
final class InterviewRatingsSheet {

    private static final int QUESTION_CHARS = 60;
    private static final int NOTE_CHARS = 40;

    private final CandidateReportData data;
    private final ReportTexts texts;
    private final Cells cells;

    InterviewRatingsSheet(CandidateReportData data, ReportTexts texts, Cells cells) {
        this.data = data;
        this.texts = texts;
        this.cells = cells;
    }

    void write(Table table) {
        Questionnaire questionnaire = data.profile().interview();
        String language = texts.language();
        table.title(texts.format("report.candidate.interviews", questionnaire.title().in(language)));
        table.note(questionnaire.responseFormat().orderedLabels().entrySet().stream()
                .map(label -> label.getKey() + " = " + label.getValue().in(language))
                .collect(Collectors.joining(", ", texts.get("report.candidate.ratings") + ": ", "")));
        List<RaterResult> raters = data.profile().raters();
        if (raters.isEmpty()) {
            table.note(texts.get("report.candidate.noInterview"));
            table.finish();
            return;
        }
        table.skip();
        List<String> header = new ArrayList<>(List.of("#", texts.get("recruiter.result.scale"), texts.get("recruiter.interviews.question")));
        for (RaterResult rater : raters) {
            String who = rater.submitted() ? rater.rater() : texts.format("report.candidate.notSubmitted", rater.rater());
            header.add(texts.format("report.candidate.rating", who));
            header.add(texts.format("report.candidate.note", who));
        }
        table.header(header);
        List<Map<String, RaterResult.Rating>> ratings = raters.stream().map(InterviewRatingsSheet::byItem).toList();
        List<Item> items = questionnaire.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            table.row();
            table.number(0, i + 1, cells.count);
            table.text(1, questionnaire.scale(item.scale()).map(s -> s.name().in(language)).orElse(item.scale()));
            table.wrapped(2, item.text().in(language), QUESTION_CHARS);
            for (int r = 0; r < raters.size(); r++) {
                RaterResult.Rating rating = ratings.get(r).get(item.id());
                if (rating != null && rating.rating() != null) {
                    table.number(3 + 2 * r, rating.rating(), cells.count);
                }
                if (rating != null && rating.note() != null) {
                    table.wrapped(4 + 2 * r, rating.note(), NOTE_CHARS);
                }
            }
        }
        table.finish();
    }

    private static Map<String, RaterResult.Rating> byItem(RaterResult rater) {
        return rater.ratings().stream().collect(Collectors.toMap(r -> r.item().id(), r -> r));
    }
}
