package org.concord.report.team;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Scale;
import org.concord.report.ReportTexts;
import org.concord.report.workbook.Cells;
import org.concord.report.workbook.Table;
import org.concord.disclosure.PublishedItem;
import org.concord.disclosure.PublishedScale;
import org.concord.results.WaveData;
import org.concord.scoring.Estimate;

/**
 * The Item statistics sheet: per questionnaire, scale and item, the keyed item mean and SD
 * over those who answered it, the corrected item-total r and alpha if the item is deleted,
 * with the scale's alpha and its number of complete cases on each line: the organisation
 * figures the disclosure gate published, over the wave's shown teams only. A number the gate
 * withheld (too few respondents behind it, or too few complete cases to say anything) says so
 * instead; nothing here is computed again.
 */
final class ItemSheet {

    private final TeamReportData data;
    private final ReportTexts texts;
    private final Cells cells;

    ItemSheet(TeamReportData data, ReportTexts texts, Cells cells) {
        this.data = data;
        this.texts = texts;
        this.cells = cells;
    }

    void write(Table table) {
        table.title(texts.get("report.team.items.sheet"));
        table.note(texts.get("report.team.items.note"));
        table.skip();
        table.header(List.of(texts.get("report.team.questionnaire"), texts.get("report.team.scale"),
                texts.get("report.team.items.item"), texts.get("report.team.items.text"), texts.get("report.team.items.mean"),
                texts.get("report.team.items.sd"), texts.get("report.team.items.itemTotal"),
                texts.get("report.team.items.alphaIfDeleted"), texts.get("report.team.items.alpha"),
                texts.get("report.team.items.cases")));
        String language = texts.language();
        for (WaveData q : data.results().questionnaires()) {
            for (PublishedScale published : q.published().scales()) {
                Scale scale = q.questionnaire().scale(published.scale()).orElseThrow();
                for (PublishedItem item : published.items()) {
                    table.row();
                    table.text(0, q.questionnaire().title().in(language));
                    table.text(1, scale.name().in(language));
                    table.text(2, item.item());
                    table.wrapped(3, q.questionnaire().item(item.item()).map(Item::text).map(t -> t.in(language)).orElse(""), 60);
                    estimate(table, 4, item.mean(), cells.mean);
                    estimate(table, 5, item.sd(), cells.mean);
                    estimate(table, 6, item.itemTotal(), cells.coefficient);
                    estimate(table, 7, item.alphaIfDeleted(), cells.coefficient);
                    estimate(table, 8, published.alpha(), cells.coefficient);
                    if (published.completeCases() != null) {
                        table.number(9, published.completeCases(), cells.count);
                    }
                }
            }
        }
        table.finish();
    }

    private void estimate(Table table, int column, Estimate estimate, CellStyle style) {
        if (estimate.available()) {
            table.number(column, estimate.value(), style);
        } else {
            table.text(column, texts.format("report.team.items.notAvailable", texts.reason(estimate)));
        }
    }
}
