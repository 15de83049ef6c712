package org.concord.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.disclosure.RawLabel;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;
import org.concord.questionnaire.Text;
import org.concord.report.workbook.Lines;

/**
 * The sheet that says what each column of a raw export means, in the report's language: for
 * every item its id, its text, its scale, its key (+ or -) and the label of every answer from
 * lo to hi; then one row per scale score column; then what the row and team columns mean and
 * how many rows the disclosure gate left out, and why. An analyst can read the data without
 * the questionnaire file.
 */
final class Codebook {

    private static final int TEXT_CHARS = 48;
    private static final int SCALE_CHARS = 22;
    private static final int LABEL_CHARS = 12;

    private Codebook() {
    }

    static void write(XlsxWriter xlsx, Questionnaire questionnaire, ReportTexts texts, RawSelection selection) {
        String language = texts.language();
        Map<Integer, Text> labels = questionnaire.responseFormat().orderedLabels();
        List<Column> columns = new ArrayList<>(List.of(
                Column.fitting(texts.get("report.codebook.column"), 16),
                new Column(texts.get("report.codebook.text"), TEXT_CHARS + 2),
                new Column(texts.get("report.codebook.scale"), SCALE_CHARS + 2),
                Column.fitting(texts.get("report.codebook.key"), 1)));
        labels.forEach((value, label) -> columns.add(new Column(String.valueOf(value), LABEL_CHARS + 2)));
        SheetWriter sheet = xlsx.sheet(texts.get("report.codebook.sheet"), columns, true);
        Style wrapped = xlsx.wrappedStyle();
        for (Item item : questionnaire.items()) {
            String text = item.text().in(language);
            String scale = item.attention()
                    ? texts.format("report.candidate.attentionItem", item.expected(), labels.get(item.expected()).in(language))
                    : questionnaire.scale(item.scale()).map(s -> s.name().in(language)).orElse(item.scale());
            int lines = Math.max(Lines.of(text, TEXT_CHARS), Lines.of(scale, SCALE_CHARS));
            for (Text label : labels.values()) {
                lines = Math.max(lines, Lines.of(label.in(language), LABEL_CHARS));
            }
            sheet.row(lines).text(item.id()).text(text, wrapped).text(scale, wrapped).text(item.attention() ? "" : item.key().symbol());
            labels.values().forEach(label -> sheet.text(label.in(language), wrapped));
        }
        for (Scale scale : questionnaire.scales()) {
            line(sheet, wrapped, RawLayout.scoreHeader(texts, scale), texts.get("report.codebook.scoreText"))
                    .text(scale.name().in(language), wrapped);
        }
        line(sheet, wrapped, texts.get("report.raw.row"), texts.get("report.codebook.rowText"));
        line(sheet, wrapped, texts.get("report.raw.team"), texts.get("report.codebook.teamText"));
        line(sheet, wrapped, texts.get("report.codebook.leftOutOpen"),
                texts.format("report.codebook.leftOutOpenText", selection.count(RawLabel.LEFT_OUT_OPEN)));
        line(sheet, wrapped, texts.get("report.codebook.leftOutSmall"),
                texts.format("report.codebook.leftOutSmallText", selection.count(RawLabel.LEFT_OUT_SMALL)));
    }

    /** A row naming a column and saying what it holds, the saying wrapped in the text column. */
    private static SheetWriter line(SheetWriter sheet, Style wrapped, String column, String meaning) {
        return sheet.row(Lines.of(meaning, TEXT_CHARS)).text(column).text(meaning, wrapped);
    }
}
