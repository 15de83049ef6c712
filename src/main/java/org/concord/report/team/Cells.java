package org.concord.report.team;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the team report, made once per workbook (Excel allows a few thousand):
 * a title, table headers, text that Excel must never read as a formula or number, counts,
 * means and differences (0.00), rates (0%), coefficients such as alpha, r and rwg(j) (0.000),
 * and dates.
 */
final class Cells {

    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle count;
    final CellStyle mean;
    final CellStyle rate;
    final CellStyle coefficient;
    final CellStyle date;
    final CellStyle note;

    Cells(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font grey = workbook.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
        title = workbook.createCellStyle();
        title.setFont(big);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = withFormat(workbook, "@");
        text.setQuotePrefixed(true);
        wrapped = withFormat(workbook, "@");
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        count = withFormat(workbook, "0");
        mean = withFormat(workbook, "0.00");
        rate = withFormat(workbook, "0%");
        coefficient = withFormat(workbook, "0.000");
        date = withFormat(workbook, "yyyy-mm-dd hh:mm");
        note = workbook.createCellStyle();
        note.setFont(grey);
    }

    private static CellStyle withFormat(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
