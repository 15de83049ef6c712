package org.concord.report;

/**
 * Writes the rows of a raw data export into its sheet: the row number, campaign, wave and team
 * ("other teams" for pooled small teams) as text, answers as whole numbers ("0") and scale
 * scores with two decimals shown ("0.00", the full value kept), skipped answers and missing
 * scores as empty cells, never 0. No row carries a time or an identifier that follows the order
 * of submission.
 */
final class RawSheet {

    private final RawLayout layout;
    private final SheetWriter sheet;
    private final Style whole;
    private final Style score;
    private final String otherTeams;

    RawSheet(XlsxWriter xlsx, RawLayout layout, ReportTexts texts) {
        this.layout = layout;
        this.whole = xlsx.numberStyle("0");
        this.score = xlsx.numberStyle("0.00");
        this.otherTeams = texts.get("report.raw.otherTeams");
        this.sheet = xlsx.sheet(texts.get("report.raw.sheet"), layout.columns(texts));
    }

    void write(RawRow row) {
        sheet.row().number(row.number, whole).text(row.campaign).text(row.wave)
                .text(row.team == null ? otherTeams : row.team);
        double[] values = row.values;
        int items = layout.itemCount();
        for (int i = 0; i < items; i++) {
            double answer = values[i];
            if (Double.isNaN(answer)) {
                sheet.empty();
            } else {
                sheet.number((long) answer, whole);
            }
        }
        for (int s = items; s < values.length; s++) {
            sheet.number(values[s], score);
        }
    }

    /** Data rows written (the header not counted). */
    int rows() {
        return sheet.rows() - 1;
    }
}
