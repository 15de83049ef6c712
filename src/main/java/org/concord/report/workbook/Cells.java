package org.concord.report.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the reports built in memory, made once per workbook (Excel allows a few
 * thousand): a title, section lines, table headers, text that Excel must never read as a formula or number, counts,
 * means and differences (0.00), rates (0%), coefficients such as alpha, r and rwg(j) (0.000),
 * and dates.
 */
public final class Cells {

    public final CellStyle title;
    public final CellStyle section;
    public final CellStyle header;
    public final CellStyle text;
    public final CellStyle wrapped;
    public final CellStyle count;
    public final CellStyle mean;
    public final CellStyle rate;
    public final CellStyle coefficient;
    public final CellStyle date;
    public final CellStyle note;

    public Cells(XSSFWorkbook workbook) {
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
        section = workbook.createCellStyle();
        section.setFont(bold);
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
        wrapped.setQuotePrefixed(true);
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
