package org.concord.report.candidate;

import java.util.List;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Text;
import org.concord.report.ReportTexts;
import org.concord.report.workbook.Cells;
import org.concord.report.workbook.Table;
import org.concord.scoring.ScoringPlan;

/**
 * The Answers sheet: each self-report item in questionnaire order with its scale and key, the
 * candidate's answer (the number and its label) and the keyed value the score was computed
 * from, as the scoring engine keys it (a reverse-keyed item counts lo + hi - answer). An item
 * left unanswered says so and has no numbers; before the self-report is submitted the sheet
 * says that instead.
 */
final class AnswersSheet {

    private static final int ITEM_CHARS = 60;

    private final CandidateReportData data;
    private final ReportTexts texts;
    private final Cells cells;

    AnswersSheet(CandidateReportData data, ReportTexts texts, Cells cells) {
        this.data = data;
        this.texts = texts;
        this.cells = cells;
    }

    void write(Table table) {
        Questionnaire questionnaire = data.profile().selfReport();
        String language = texts.language();
        table.title(texts.format("report.candidate.selfReport", questionnaire.title().in(language)));
        if (!data.profile().selfReportSubmitted()) {
            table.note(texts.get(data.profile().selfReportProgress() == null ? "recruiter.selfReport.none"
                    : "recruiter.selfReport.inProgress"));
            table.finish();
            return;
        }
        table.note(texts.format("report.candidate.keyed", questionnaire.responseFormat().lo() + questionnaire.responseFormat().hi()));
        table.skip();
        table.header(List.of("#", texts.get("report.candidate.itemId"), texts.get("report.candidate.item"),
                texts.get("report.codebook.scale"), texts.get("report.codebook.key"), texts.get("report.candidate.answer"),
                texts.get("report.candidate.answerLabel"), texts.get("report.candidate.keyedValue")));
        ScoringPlan plan = ScoringPlan.of(questionnaire);
        List<Item> items = questionnaire.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            table.row();
            table.number(0, i + 1, cells.count);
            table.text(1, item.id());
            table.wrapped(2, item.text().in(language), ITEM_CHARS);
            if (item.attention()) {
                Text asked = questionnaire.responseFormat().labels().get(item.expected());
                table.text(3, texts.format("report.candidate.attentionItem", item.expected(), asked.in(language)));
            } else {
                table.text(3, questionnaire.scale(item.scale()).map(s -> s.name().in(language)).orElse(item.scale()));
                table.text(4, item.key().symbol());
            }
            Integer answer = data.selfReportAnswers().get(item.id());
            if (answer == null) {
                table.text(6, texts.get("report.candidate.notAnswered"));
                continue;
            }
            table.number(5, answer, cells.count);
            Text label = questionnaire.responseFormat().labels().get(answer);
            table.text(6, label == null ? "" : label.in(language));
            if (!item.attention()) {
                table.number(7, keyed(plan, item, answer), cells.count);
            }
        }
        table.finish();
    }

    /** The answer as the scoring engine keys it for the item's scale. */
    private static int keyed(ScoringPlan plan, Item item, int answer) {
        int index = plan.itemIndex(item.id());
        for (int s = 0; s < plan.scaleCount(); s++) {
            int[] items = plan.itemsOf(s);
            for (int j = 0; j < items.length; j++) {
                if (items[j] == index) {
                    return plan.keyed(s, j, answer);
                }
            }
        }
        throw new IllegalArgumentException("item " + item.id() + " is in no scale of " + plan.questionnaire().key());
    }
}
