package org.concord.report;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One submitted assessment on its way from the database cursor to the sheet: where it comes
 * from and its values (answers, then scale scores; NaN where an item was skipped or a score is
 * missing). One instance is refilled for every row, so a million rows cost no more memory
 * than one.
 */
final class RawRow {

    long assessmentId;
    String campaign;
    String wave;
    String team;
    LocalDate submittedOn;
    final double[] values;

    RawRow(int valueCount) {
        values = new double[valueCount];
    }

    /** Starts the next assessment: every value empty until read. */
    RawRow reset(long id, String campaignName, String waveLabel, String teamName, LocalDate day) {
        assessmentId = id;
        campaign = campaignName;
        wave = waveLabel;
        team = teamName;
        submittedOn = day;
        Arrays.fill(values, Double.NaN);
        return this;
    }
}
