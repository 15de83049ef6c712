package org.concord.report.workbook;

import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;

/**
 * What the native charts of the reports have in common: a chart placed over a block of cells
 * with its title above the plot, and a value axis that spans a questionnaire's response scale
 * (lo to hi, a gridline per point), so that every score chart is read against the same scale
 * the respondents answered on, on a white area with the same series colours everywhere.
 */
public final class Charts {

    /** Distinct colours that stay apart in print and for the commonest colour blindness. */
    private static final byte[][] PALETTE = {
        rgb(0x2F6FB3), rgb(0xE08A1E), rgb(0x3A9E5C), rgb(0xB8433D), rgb(0x7B5EA7), rgb(0x8C6D46), rgb(0xD16BA5), rgb(0x6E6E6E),
    };
    private static final byte[] GREY = rgb(0xBFBFBF);
    private static final byte[] DARK_GREY = rgb(0x7F7F7F);

    private Charts() {
    }

    private static byte[] rgb(int colour) {
        return new byte[] {(byte) (colour >> 16), (byte) (colour >> 8), (byte) colour};
    }

    /** A chart over the cells from ({@code column}, {@code row}) to ({@code toColumn}, {@code toRow}). */
    public static XSSFChart titled(XSSFSheet sheet, String title, int column, int row, int toColumn, int toRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, column, row, toColumn, toRow));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFShapeProperties area = chart.getOrAddShapeProperties();
        area.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.WHITE)));
        area.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(GREY))));
        return chart;
    }

    /** The fill of the {@code i}-th series of a chart: the same colours, in the same order, in every report. */
    public static XDDFSolidFillProperties seriesFill(int i) {
        return new XDDFSolidFillProperties(XDDFColor.from(PALETTE[i % PALETTE.length]));
    }

    /** Fills a series' markers with the {@code i}-th series colour, so that the legend tells the series apart. */
    public static void colourMarkers(CTMarker marker, int i) {
        XDDFShapeProperties dot = new XDDFShapeProperties(marker.isSetSpPr() ? marker.getSpPr() : marker.addNewSpPr());
        dot.setFillProperties(seriesFill(i));
        dot.setLineProperties(new XDDFLineProperties(seriesFill(i)));
    }

    /** A thin grey dashed line, for what a chart marks rather than measures (a threshold). */
    public static XDDFLineProperties dashedGrey() {
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(DARK_GREY)));
        line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        return line;
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
