package org.concord.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;
import org.concord.questionnaire.Text;

/**
 * The sheet that says what each column of a raw export means, in the report's language: for
 * every item its id, its text, its scale, its key (+ or -) and the label of every answer from
 * lo to hi; then one row per scale score column. An analyst can read the data without the
 * questionnaire file.
 */
final class Codebook {

    private Codebook() {
    }

    static void write(XlsxWriter xlsx, Questionnaire questionnaire, ReportTexts texts) {
        String language = texts.language();
        Map<Integer, Text> labels = questionnaire.responseFormat().orderedLabels();
        List<Column> columns = new ArrayList<>(List.of(
                Column.fitting(texts.get("report.codebook.column"), 16),
                Column.fitting(texts.get("report.codebook.text"), 58),
                Column.fitting(texts.get("report.codebook.scale"), 24),
                Column.fitting(texts.get("report.codebook.key"), 1)));
        labels.forEach((value, label) -> columns.add(Column.fitting(String.valueOf(value), 14)));
        SheetWriter sheet = xlsx.sheet(texts.get("report.codebook.sheet"), columns);
        for (Item item : questionnaire.items()) {
            sheet.row().text(item.id()).text(item.text().in(language))
                    .text(questionnaire.scale(item.scale()).map(s -> s.name().in(language)).orElse(item.scale()))
                    .text(item.key().symbol());
            labels.values().forEach(label -> sheet.text(label.in(language)));
        }
        for (Scale scale : questionnaire.scales()) {
            sheet.row().text(RawLayout.scoreHeader(texts, scale)).text(texts.get("report.codebook.scoreText"))
                    .text(scale.name().in(language));
        }
    }
}
