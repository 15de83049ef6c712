package org.concord.report.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.concord.questionnaire.QuadrantAxis;
import org.concord.report.ReportTexts;
import org.concord.report.workbook.Cells;
import org.concord.report.workbook.Charts;
import org.concord.report.workbook.Table;
import org.concord.results.WaveData;
import org.concord.scoring.Quadrant;
import org.concord.scoring.TeamResult;

/**
 * The Quadrant sheet: each shown team placed on coordination (x: its mean over the scales of
 * the coordination questionnaire, {@link Quadrant#overallMean}) and cooperation (y), the same
 * orientation as the team results page, with the four quadrants named, as a native Excel
 * scatter chart whose points are read from the table of points beside it, each
 * team in its own colour, with the two thresholds as dashed lines drawn from their points
 * written right of the chart. Only teams shown on both questionnaires are placed; the
 * others are listed with the anonymity notice and have no point.
 */
final class QuadrantSheet {

    /** The column where the threshold lines' points are written, right of the chart. */
    private static final int LINES = 16;

    private final TeamReportData data;
    private final ReportTexts texts;
    private final Cells cells;

    QuadrantSheet(TeamReportData data, ReportTexts texts, Cells cells) {
        this.data = data;
        this.texts = texts;
        this.cells = cells;
    }

    /** A team placed on the view. */
    record Point(String team, double cooperation, double coordination, Quadrant quadrant) {
    }

    /** The team's point, when it is shown on both questionnaires with a mean on each. */
    static Optional<Point> point(WaveData cooperation, WaveData coordination, String team) {
        Optional<TeamResult> x = TeamReportData.shown(cooperation, team);
        Optional<TeamResult> y = TeamReportData.shown(coordination, team);
        if (x.isEmpty() || y.isEmpty()) {
            return Optional.empty();
        }
        double cx = Quadrant.overallMean(x.get().scales());
        double cy = Quadrant.overallMean(y.get().scales());
        if (Double.isNaN(cx) || Double.isNaN(cy)) {
            return Optional.empty();
        }
        return Optional.of(new Point(team, cx, cy, Quadrant.of(cooperation.questionnaire().quadrant(), cx,
                coordination.questionnaire().quadrant(), cy)));
    }

    void write(Table table) {
        table.title(texts.get("report.team.quadrant.chart"));
        Optional<WaveData> cooperation = data.results().cooperation();
        Optional<WaveData> coordination = data.results().coordination();
        if (cooperation.isEmpty() || coordination.isEmpty()) {
            table.note(texts.get("report.team.quadrant.missing"));
            table.finish();
            return;
        }
        String language = texts.language();
        QuadrantAxis x = coordination.get().questionnaire().quadrant();
        QuadrantAxis y = cooperation.get().questionnaire().quadrant();
        String xTitle = texts.format("report.team.quadrant.coordination", coordination.get().questionnaire().title().in(language));
        String yTitle = texts.format("report.team.quadrant.cooperation", cooperation.get().questionnaire().title().in(language));
        table.note(texts.format("report.team.quadrant.threshold", xTitle, x.threshold()));
        table.note(texts.format("report.team.quadrant.threshold", yTitle, y.threshold()));
        table.note(texts.format("quadrant.layout", texts.get("report.team.quadrant.COOPERATIVE_AND_COORDINATED"),
                texts.get("report.team.quadrant.COOPERATIVE_NOT_COORDINATED"),
                texts.get("report.team.quadrant.COORDINATED_NOT_COOPERATIVE"), texts.get("report.team.quadrant.NEITHER")));
        table.skip();
        table.header(List.of(texts.get("report.team.team"), xTitle, yTitle, texts.get("report.team.quadrant.quadrant")));
        List<Integer> pointRows = new ArrayList<>();
        for (String team : data.teams()) {
            int row = table.row();
            table.text(0, data.name(team));
            Optional<Point> point = point(cooperation.get(), coordination.get(), team);
            if (point.isPresent()) {
                table.number(1, point.get().coordination(), cells.mean);
                table.number(2, point.get().cooperation(), cells.mean);
                table.text(3, texts.get("report.team.quadrant." + point.get().quadrant().name()));
                pointRows.add(row);
            } else {
                WaveData missing = TeamReportData.shown(coordination.get(), team).isEmpty() ? coordination.get() : cooperation.get();
                table.text(1, SummarySheet.withheld(texts, data, missing, team));
            }
        }
        table.finish();
        int lo = cooperation.get().questionnaire().responseFormat().lo();
        int hi = cooperation.get().questionnaire().responseFormat().hi();
        chart(table.sheet(), pointRows, x.threshold(), y.threshold(), lo, hi, xTitle, yTitle);
    }

    private void chart(XSSFSheet sheet, List<Integer> rows, double xThreshold, double yThreshold, int lo, int hi,
                       String xTitle, String yTitle) {
        XSSFChart chart = Charts.titled(sheet, texts.get("report.team.quadrant.chart"), 5, 1, 15, 24);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFValueAxis bottom = chart.createValueAxis(AxisPosition.BOTTOM);
        bottom.setTitle(xTitle);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setTitle(yTitle);
        for (XDDFValueAxis axis : List.of(bottom, left)) {
            axis.setMinimum(lo);
            axis.setMaximum(hi);
            axis.setMajorUnit(0.5);
            axis.setCrosses(AxisCrosses.MIN);
        }
        XDDFScatterChartData scatter = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, bottom, left);
        scatter.setStyle(ScatterStyle.LINE_MARKER);
        scatter.setVaryColors(false);
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            XDDFScatterChartData.Series series = (XDDFScatterChartData.Series) scatter.addSeries(
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(row, row, 1, 1)),
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(row, row, 2, 2)));
            series.setTitle(sheet.getRow(row).getCell(0).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), row, 0, true, true));
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            series.setShapeProperties(noLine());
            Charts.colourMarkers(series.getCTScatterSer().getMarker(), i);
        }
        sheet.setColumnWidth(LINES, 24 * 256);
        line(scatter, sheet, 0, texts.format("report.team.quadrant.thresholdLine", xThreshold),
                new double[] {xThreshold, xThreshold}, new double[] {lo, hi});
        line(scatter, sheet, 2, texts.format("report.team.quadrant.thresholdLine", yThreshold),
                new double[] {lo, hi}, new double[] {yThreshold, yThreshold});
        chart.plot(scatter);
    }

    /**
     * A threshold line from two points written in cells right of the chart, in the rows above
     * the table (which a filter never hides), so that every spreadsheet program draws it from
     * the sheet as it draws the teams.
     */
    private void line(XDDFScatterChartData scatter, XSSFSheet sheet, int top, String title, double[] xs, double[] ys) {
        for (int p = 0; p < 2; p++) {
            Row row = sheet.getRow(top + p) == null ? sheet.createRow(top + p) : sheet.getRow(top + p);
            if (p == 0) {
                Cell label = row.createCell(LINES);
                label.setCellValue(title);
                label.setCellStyle(cells.text);
            }
            point(row, LINES + 1, xs[p]);
            point(row, LINES + 2, ys[p]);
        }
        XDDFScatterChartData.Series series = (XDDFScatterChartData.Series) scatter.addSeries(
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(top, top + 1, LINES + 1, LINES + 1)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(top, top + 1, LINES + 2, LINES + 2)));
        series.setTitle(title, new CellReference(sheet.getSheetName(), top, LINES, true, true));
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.NONE);
        series.setLineProperties(Charts.dashedGrey());
    }

    private void point(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(cells.mean);
    }

    private static XDDFShapeProperties noLine() {
        XDDFShapeProperties properties = new XDDFShapeProperties();
        properties.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        return properties;
    }
}
