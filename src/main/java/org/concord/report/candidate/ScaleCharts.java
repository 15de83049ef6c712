package org.concord.report.candidate;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.concord.questionnaire.ResponseFormat;
import org.concord.report.workbook.Charts;

/**
 * The native Excel bar charts of the Summary sheet, one per table of scale scores: the scale
 * names (column A of the table's rows) as categories and one series per score column (the
 * candidate's self-report score; each interviewer's), drawn from the cells themselves so that
 * the chart and the numbers cannot disagree. Charts are collected while the tables are written
 * and drawn side by side with them at the end, one under the other.
 */
final class ScaleCharts {

    private static final int WIDE = 8;
    private static final int TALL = 18;

    /** One bar series: its name and the column its values are in. */
    record Series(String name, int column) {
    }

    private record Bars(String title, int firstRow, int lastRow, List<Series> series, ResponseFormat format) {
    }

    private final XSSFSheet sheet;
    private final List<Bars> charts = new ArrayList<>();

    ScaleCharts(XSSFSheet sheet) {
        this.sheet = sheet;
    }

    /** A chart of rows {@code firstRow..lastRow}; nothing when there are no rows. */
    void add(String title, int firstRow, int lastRow, List<Series> series, ResponseFormat format) {
        if (firstRow >= 0 && !series.isEmpty()) {
            charts.add(new Bars(title, firstRow, lastRow, series, format));
        }
    }

    /** Draws the charts from column {@code column}, the first level with its table, each under the one before. */
    void draw(int column) {
        int top = charts.isEmpty() ? 0 : Math.max(0, charts.get(0).firstRow() - 2);
        for (Bars bars : charts) {
            top = Math.max(top, bars.firstRow() - 2);
            draw(bars, column, top);
            top += TALL + 1;
        }
    }

    private void draw(Bars bars, int column, int top) {
        XSSFChart chart = Charts.titled(sheet, bars.title(), column, top, column + WIDE, top + TALL);
        if (bars.series().size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = Charts.scoreAxis(chart, AxisPosition.LEFT, bars.format().lo(), bars.format().hi());
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(bars.firstRow(), bars.lastRow(), 0, 0));
        for (int i = 0; i < bars.series().size(); i++) {
            Series series = bars.series().get(i);
            XDDFBarChartData.Series bar = (XDDFBarChartData.Series) data.addSeries(names, XDDFDataSourcesFactory
                    .fromNumericCellRange(sheet, new CellRangeAddress(bars.firstRow(), bars.lastRow(), series.column(), series.column())));
            bar.setTitle(series.name(), null);
            bar.setFillProperties(Charts.seriesFill(i));
        }
        chart.plot(data);
    }
}
