package org.concord.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;

/**
 * The columns of a raw data export for one questionnaire version: four that say whose row it
 * is not (row number in this export, campaign, wave, team), then one per item in
 * questionnaire order, then one per scale score. Items and scales are found by id in constant
 * time, since every answer read from the database is placed through here.
 */
final class RawLayout {

    /** Row, campaign, wave, team. */
    static final int FIXED_COLUMNS = 4;

    private final Questionnaire questionnaire;
    private final Map<String, Integer> itemIndex = new HashMap<>();
    private final Map<String, Integer> scaleIndex = new HashMap<>();
    /** The item or scale id of each value slot. */
    private final String[] codes;

    RawLayout(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        List<Item> items = questionnaire.items();
        for (int i = 0; i < items.size(); i++) {
            itemIndex.put(items.get(i).id(), i);
        }
        List<Scale> scales = questionnaire.scales();
        for (int s = 0; s < scales.size(); s++) {
            scaleIndex.put(scales.get(s).id(), items.size() + s);
        }
        codes = new String[items.size() + scales.size()];
        for (int i = 0; i < items.size(); i++) {
            codes[i] = items.get(i).id();
        }
        for (int s = 0; s < scales.size(); s++) {
            codes[items.size() + s] = scales.get(s).id();
        }
    }

    Questionnaire questionnaire() {
        return questionnaire;
    }

    int itemCount() {
        return questionnaire.items().size();
    }

    /** Answers then scale scores. */
    int valueCount() {
        return itemCount() + questionnaire.scales().size();
    }

    /** Where an item's answer goes among the values, or -1 for an item this version does not have. */
    int itemSlot(String itemId) {
        return itemIndex.getOrDefault(itemId, -1);
    }

    int scaleSlot(String scaleId) {
        return scaleIndex.getOrDefault(scaleId, -1);
    }

    /** The id of the item or scale whose value goes in {@code slot}. */
    String code(int slot) {
        return codes[slot];
    }

    /** The score column's header for a scale: "trust (score)". */
    static String scoreHeader(ReportTexts texts, Scale scale) {
        return texts.format("report.raw.score", scale.id());
    }

    List<Column> columns(ReportTexts texts) {
        List<Column> columns = new ArrayList<>(FIXED_COLUMNS + valueCount());
        columns.add(Column.fitting(texts.get("report.raw.row"), 6));
        columns.add(Column.fitting(texts.get("report.raw.campaign"), 24));
        columns.add(Column.fitting(texts.get("report.raw.wave"), 16));
        columns.add(Column.fitting(texts.get("report.raw.team"), 20));
        for (Item item : questionnaire.items()) {
            columns.add(Column.fitting(item.id(), 1));
        }
        for (Scale scale : questionnaire.scales()) {
            columns.add(Column.fitting(scoreHeader(texts, scale), 4));
        }
        return columns;
    }
}
