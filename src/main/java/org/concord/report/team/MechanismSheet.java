package org.concord.report.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.RadarStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.concord.questionnaire.Scale;
import org.concord.report.ReportTexts;
import org.concord.report.workbook.Cells;
import org.concord.report.workbook.Charts;
import org.concord.report.workbook.Table;
import org.concord.results.WaveData;
import org.concord.scoring.TeamResult;
import org.concord.scoring.TeamScale;
import org.concord.scoring.WeakestMechanism;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTRadarSer;

/**
 * The Mechanisms sheet: each shown team's means on the coordination mechanisms (the scales of
 * group {@value WeakestMechanism#GROUP}, Mintzberg's six) in a table, and a native Excel radar
 * chart with one series per team drawn from that table. A team withheld, or with a mechanism
 * withheld, has no series: a radar with a hole would mislead.
 */
final class MechanismSheet {

    private final TeamReportData data;
    private final ReportTexts texts;
    private final Cells cells;

    MechanismSheet(TeamReportData data, ReportTexts texts, Cells cells) {
        this.data = data;
        this.texts = texts;
        this.cells = cells;
    }

    /** The questionnaire that has mechanism scales, if the campaign has one. */
    static Optional<WaveData> mechanisms(TeamReportData data) {
        return data.results().questionnaires().stream()
                .filter(q -> q.questionnaire().scales().stream().anyMatch(s -> WeakestMechanism.GROUP.equals(s.group())))
                .findFirst();
    }

    void write(Table table) {
        table.title(texts.get("report.team.mechanisms.chart"));
        Optional<WaveData> found = mechanisms(data);
        if (found.isEmpty()) {
            table.note(texts.get("report.team.mechanisms.missing"));
            table.finish();
            return;
        }
        WaveData q = found.get();
        List<Integer> indexes = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(texts.get("report.team.team")));
        for (int s = 0; s < q.questionnaire().scales().size(); s++) {
            Scale scale = q.questionnaire().scales().get(s);
            if (WeakestMechanism.GROUP.equals(scale.group())) {
                indexes.add(s);
                header.add(scale.name().in(texts.language()));
            }
        }
        table.note(q.questionnaire().title().in(texts.language()));
        table.skip();
        table.header(header);
        int headerRow = table.sheet().getLastRowNum();
        List<Integer> seriesRows = new ArrayList<>();
        for (String team : data.teams()) {
            int row = table.row();
            table.text(0, data.name(team));
            Optional<TeamResult> result = TeamReportData.shown(q, team);
            if (result.isEmpty()) {
                table.text(1, SummarySheet.withheld(texts, data, q, team));
                continue;
            }
            boolean complete = true;
            for (int i = 0; i < indexes.size(); i++) {
                TeamScale scale = result.get().scales().get(indexes.get(i));
                if (scale.shown()) {
                    table.number(1 + i, scale.mean(), cells.mean);
                } else {
                    table.text(1 + i, SummarySheet.notice(texts, data, scale.suppressed()));
                    complete = false;
                }
            }
            if (complete) {
                seriesRows.add(row);
            }
        }
        table.finish();
        chart(table.sheet(), headerRow, indexes.size(), seriesRows, q.questionnaire().responseFormat().lo(),
                q.questionnaire().responseFormat().hi());
    }

    private void chart(XSSFSheet sheet, int headerRow, int mechanisms, List<Integer> rows, int lo, int hi) {
        int below = headerRow + data.teams().size() + 2;
        XSSFChart chart = Charts.titled(sheet, texts.get("report.team.mechanisms.chart"), 0, below, 10, below + 26);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = Charts.scoreAxis(chart, AxisPosition.LEFT, lo, hi);
        XDDFRadarChartData radar = (XDDFRadarChartData) chart.createData(ChartTypes.RADAR, categories, values);
        radar.setStyle(RadarStyle.MARKER);
        radar.setVaryColors(false);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(headerRow, headerRow, 1, mechanisms));
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            XDDFRadarChartData.Series series = (XDDFRadarChartData.Series) radar.addSeries(names,
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(row, row, 1, mechanisms)));
            series.setTitle(sheet.getRow(row).getCell(0).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), row, 0, true, true));
            series.setLineProperties(new XDDFLineProperties(Charts.seriesFill(i)));
            CTRadarSer ser = series.getCTRadarSer();
            Charts.colourMarkers(ser.isSetMarker() ? ser.getMarker() : ser.addNewMarker(), i);
        }
        chart.plot(radar);
    }
}
