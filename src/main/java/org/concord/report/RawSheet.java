package org.concord.report;

/**
 * Writes the rows of a raw data export into its sheet: identifiers and campaign as text, the
 * day of submission as a real date, answers as whole numbers ("0") and scale scores with two
 * decimals shown ("0.00", the full value kept), skipped answers and missing scores as empty
 * cells, never 0.
 */
final class RawSheet {

    private final RawLayout layout;
    private final SheetWriter sheet;
    private final Style whole;
    private final Style score;
    private final Style day;

    RawSheet(XlsxWriter xlsx, RawLayout layout, ReportTexts texts) {
        this.layout = layout;
        this.whole = xlsx.numberStyle("0");
        this.score = xlsx.numberStyle("0.00");
        this.day = xlsx.dateStyle("yyyy-mm-dd");
        this.sheet = xlsx.sheet(texts.get("report.raw.sheet"), layout.columns(texts));
    }

    void write(RawRow row) {
        sheet.row().number(row.assessmentId, whole).text(row.campaign).text(row.wave).text(row.team)
                .date(row.submittedOn, day);
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
