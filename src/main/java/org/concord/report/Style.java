package org.concord.report;

/**
 * A cell style of the workbook being written, as the index the sheet XML refers to. Styles are
 * made by {@link XlsxWriter} (bold header, number formats, date formats) before rows are
 * written, since every cell names its style as it streams out.
 */
public record Style(int index) {

    /** The workbook's default style, the General format: for text, booleans and unformatted numbers. */
    public static final Style DEFAULT = new Style(0);
}
