package org.concord.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an .xlsx workbook of any size in flat memory, the way POI's BigGridDemo does: POI's
 * {@link XSSFWorkbook} holds only the skeleton (sheet names, styles, the auto-filters' defined
 * names, document properties), while each sheet's rows stream as XML straight into the zip
 * through a {@link SheetWriter}. Sheets are written one after the other; when the workbook is
 * closed the skeleton is saved and copied into the zip, less the empty sheets it stands for.
 * Deflate runs at its fastest level: the files are a little larger and much quicker to write.
 * <pre>
 * try (XlsxWriter xlsx = new XlsxWriter(out)) {
 *     Style score = xlsx.numberStyle("0.00");
 *     SheetWriter data = xlsx.sheet("Data", List.of(new Column("Id", 10), new Column("Score", 8)));
 *     data.row().number(1, Style.DEFAULT).number(3.75, score);
 * }
 * </pre>
 */
public final class XlsxWriter implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final XSSFWorkbook skeleton = new XSSFWorkbook();
    private final ZipOutputStream zip;
    private final XmlBytes xml;
    private final Map<String, Style> numberStyles = new HashMap<>();
    private final Set<String> streamedParts = new HashSet<>();
    private final List<Runnable> filters = new ArrayList<>();
    private final Style header;
    private Style wrapped;
    private SheetWriter current;
    private boolean closed;

    /** A workbook written to {@code out}, which it closes when it is closed. */
    public XlsxWriter(OutputStream out) {
        zip = new ZipOutputStream(new BufferedOutputStream(out, BUFFER));
        zip.setLevel(Deflater.BEST_SPEED);
        xml = new XmlBytes(zip, BUFFER);
        skeleton.getProperties().getCoreProperties().setCreator("Concord");
        XSSFFont bold = skeleton.createFont();
        bold.setBold(true);
        XSSFCellStyle headerStyle = skeleton.createCellStyle();
        headerStyle.setFont(bold);
        header = new Style(headerStyle.getIndex());
    }

    /** The bold style of header rows. */
    public Style headerStyle() {
        return header;
    }

    /** Text that wraps inside its column, aligned to the top of its row. */
    public Style wrappedStyle() {
        if (wrapped == null) {
            XSSFCellStyle style = skeleton.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = new Style(style.getIndex());
        }
        return wrapped;
    }

    /** A style showing numbers through an Excel number format ("0", "0.00", "0.0%"), made once per format. */
    public Style numberStyle(String format) {
        return numberStyles.computeIfAbsent(format, f -> {
            XSSFCellStyle style = skeleton.createCellStyle();
            style.setDataFormat(skeleton.createDataFormat().getFormat(f));
            return new Style(style.getIndex());
        });
    }

    /** A date format ("yyyy-mm-dd", "dd/mm/yyyy hh:mm") for cells written by {@link SheetWriter#date}. */
    public Style dateStyle(String format) {
        return numberStyle(format);
    }

    /**
     * Starts the next sheet, finishing the one before. With columns, row 1 is their bold,
     * frozen header with an auto-filter, repeated on every printed page, and the columns get
     * their widths; without, the sheet is plain rows. It prints on A4 landscape, in as many
     * pages across as its columns need.
     */
    public SheetWriter sheet(String name, List<Column> columns) {
        return sheet(name, columns, false);
    }

    /** A sheet as {@link #sheet(String, List)}, printed scaled to one page wide when {@code onePageWide}. */
    public SheetWriter sheet(String name, List<Column> columns, boolean onePageWide) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        try {
            finishSheet();
            XSSFSheet part = skeleton.createSheet(safe);
            String entry = part.getPackagePart().getPartName().getName().substring(1);
            streamedParts.add(entry);
            zip.putNextEntry(new ZipEntry(entry));
            current = new SheetWriter(xml, List.copyOf(columns), header, skeleton.getNumberOfSheets() == 1, onePageWide);
            if (!columns.isEmpty()) {
                SheetWriter sheet = current;
                filters.add(() -> {
                    part.setAutoFilter(CellRangeAddress.valueOf(sheet.filterRange()));
                    part.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
                });
            }
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finishSheet() throws IOException {
        if (current != null) {
            current.finish();
            zip.closeEntry();
            current = null;
        }
    }

    /** Finishes the last sheet, adds the skeleton's parts and closes the zip and its stream. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (zip; skeleton) {
            finishSheet();
            if (skeleton.getNumberOfSheets() == 0) {
                throw new IllegalStateException("a workbook needs at least one sheet");
            }
            filters.forEach(Runnable::run);
            copySkeleton();
        }
    }

    private void copySkeleton() throws IOException {
        ByteArrayOutputStream saved = new ByteArrayOutputStream(16 * 1024);
        skeleton.write(saved);
        try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(saved.toByteArray()))) {
            for (ZipEntry part = parts.getNextEntry(); part != null; part = parts.getNextEntry()) {
                if (!streamedParts.contains(part.getName())) {
                    zip.putNextEntry(new ZipEntry(part.getName()));
                    parts.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
    }
}
