package org.concord.report.workbook;

import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * What the native charts of the reports have in common: a chart placed over a block of cells
 * with its title above the plot, and a value axis that spans a questionnaire's response scale
 * (lo to hi, a gridline per point), so that every score chart is read against the same scale
 * the respondents answered on.
 */
public final class Charts {

    private Charts() {
    }

    /** A chart over the cells from ({@code column}, {@code row}) to ({@code toColumn}, {@code toRow}). */
    public static XSSFChart titled(XSSFSheet sheet, String title, int column, int row, int toColumn, int toRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, column, row, toColumn, toRow));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        return chart;
    }

    /** A value axis from {@code lo} to {@code hi} with a unit per answer point. */
    public static XDDFValueAxis scoreAxis(XSSFChart chart, AxisPosition position, int lo, int hi) {
        XDDFValueAxis axis = chart.createValueAxis(position);
        axis.setMinimum(lo);
        axis.setMaximum(hi);
        axis.setMajorUnit(1);
        axis.setCrossBetween(AxisCrossBetween.BETWEEN);
        return axis;
    }
}
