package org.concord.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * POI's SXSSF with its default settings (a window of 100 rows, uncompressed temporary file),
 * writing the same cells, styles, frozen header, filter, widths and codebook as Concord.
 */
final class SxssfBench implements BenchWriter {

    @Override
    public String name() {
        return "POI SXSSF (defaults)";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(Path file, int respondents) throws IOException {
        RawLayout layout = new RawLayout(QUESTIONNAIRE);
        List<Column> columns = layout.columns(TEXTS);
        SXSSFWorkbook workbook = new SXSSFWorkbook();
        try (OutputStream out = Files.newOutputStream(file)) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle whole = format(workbook, "0");
            CellStyle score = format(workbook, "0.00");
            CellStyle day = format(workbook, "yyyy-mm-dd");
            SXSSFSheet sheet = workbook.createSheet(TEXTS.get("report.raw.sheet"));
            SXSSFRow top = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, (int) (columns.get(c).width() * 256));
                top.createCell(c).setCellValue(columns.get(c).header());
                top.getCell(c).setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            RawRow row = new RawRow(layout.valueCount());
            int items = layout.itemCount();
            for (int r = 0; r < respondents; r++) {
                Synthetic.fill(row, r, items);
                SXSSFRow cells = sheet.createRow(r + 1);
                cells.createCell(0).setCellValue(row.number);
                cells.getCell(0).setCellStyle(whole);
                cells.createCell(1).setCellValue(row.campaign);
                cells.createCell(2).setCellValue(row.wave);
                cells.createCell(3).setCellValue(row.team);
                double[] values = row.values;
                for (int v = 0; v < values.length; v++) {
                    if (!Double.isNaN(values[v])) {
                        var cell = cells.createCell(RawLayout.FIXED_COLUMNS + v);
                        cell.setCellValue(values[v]);
                        cell.setCellStyle(v < items ? whole : score);
                    }
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, respondents, 0, columns.size() - 1));
            SXSSFSheet codebook = workbook.createSheet(TEXTS.get("report.codebook.sheet"));
            int r = 0;
            for (var item : QUESTIONNAIRE.items()) {
                SXSSFRow cells = codebook.createRow(r++);
                cells.createCell(0).setCellValue(item.id());
                cells.createCell(1).setCellValue(item.text().in("en"));
                cells.createCell(2).setCellValue(item.scale());
                cells.createCell(3).setCellValue(item.key().symbol());
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static CellStyle format(SXSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
