package org.concord.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.disclosure.RawLabel;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;
import org.concord.questionnaire.Text;

/**
 * The sheet that says what each column of a raw export means, in the report's language: for
 * every item its id, its text, its scale, its key (+ or -) and the label of every answer from
 * lo to hi; then one row per scale score column; then what the row and team columns mean and
 * how many rows the disclosure gate left out, and why. An analyst can read the data without
 * the questionnaire file.
 */
final class Codebook {

    private Codebook() {
    }

    static void write(XlsxWriter xlsx, Questionnaire questionnaire, ReportTexts texts, RawSelection selection) {
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
            sheet.row().text(item.id()).text(item.text().in(language));
            if (item.attention()) {
                sheet.text(texts.format("report.candidate.attentionItem", item.expected(),
                        labels.get(item.expected()).in(language))).text("");
            } else {
                sheet.text(questionnaire.scale(item.scale()).map(s -> s.name().in(language)).orElse(item.scale()))
                        .text(item.key().symbol());
            }
            labels.values().forEach(label -> sheet.text(label.in(language)));
        }
        for (Scale scale : questionnaire.scales()) {
            sheet.row().text(RawLayout.scoreHeader(texts, scale)).text(texts.get("report.codebook.scoreText"))
                    .text(scale.name().in(language));
        }
        sheet.row().text(texts.get("report.raw.row")).text(texts.get("report.codebook.rowText"));
        sheet.row().text(texts.get("report.raw.team")).text(texts.get("report.codebook.teamText"));
        sheet.row().text(texts.get("report.codebook.leftOutOpen"))
                .text(texts.format("report.codebook.leftOutOpenText", selection.count(RawLabel.LEFT_OUT_OPEN)));
        sheet.row().text(texts.get("report.codebook.leftOutSmall"))
                .text(texts.format("report.codebook.leftOutSmallText", selection.count(RawLabel.LEFT_OUT_SMALL)));
    }
}
