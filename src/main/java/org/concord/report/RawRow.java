package org.concord.report;

import java.util.Arrays;

/**
 * One submitted questionnaire on its way from the database cursor to the sheet: its row number
 * in this export (drawn with the export's own order, so it says nothing about when it was
 * submitted), its campaign, wave and team (null when pooled with other small teams), and its
 * values (answers, then scale scores; NaN where an item was skipped or a score is missing).
 * One instance is refilled for every row, so a million rows cost no more memory than one.
 */
final class RawRow {

    long number;
    String campaign;
    String wave;
    String team;
    final double[] values;

    RawRow(int valueCount) {
        values = new double[valueCount];
    }

    /** Starts the next row: every value empty until read; {@code teamName} null for the pooled teams. */
    RawRow reset(long rowNumber, String campaignName, String waveLabel, String teamName) {
        number = rowNumber;
        campaign = campaignName;
        wave = waveLabel;
        team = teamName;
        Arrays.fill(values, Double.NaN);
        return this;
    }
}
