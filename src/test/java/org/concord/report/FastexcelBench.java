package org.concord.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * org.dhatim:fastexcel with its default settings, writing the same cells, number and date
 * formats, bold frozen header, filter, widths and codebook as Concord; rows are flushed every
 * thousand so its memory stays flat too.
 */
final class FastexcelBench implements BenchWriter {

    private static final int FLUSH_EVERY = 1000;

    @Override
    public String name() {
        return "fastexcel " + fastexcelVersion();
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(Path file, int respondents) throws IOException {
        RawLayout layout = new RawLayout(QUESTIONNAIRE);
        List<Column> columns = layout.columns(TEXTS);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Concord", "1.0");
            Worksheet sheet = workbook.newWorksheet(TEXTS.get("report.raw.sheet"));
            int last = columns.size() - 1;
            for (int c = 0; c <= last; c++) {
                sheet.width(c, columns.get(c).width());
                sheet.value(0, c, columns.get(c).header());
            }
            sheet.range(0, 0, 0, last).style().bold().set();
            sheet.freezePane(0, 1);
            RawRow row = new RawRow(layout.valueCount());
            int items = layout.itemCount();
            for (int r = 0; r < respondents; r++) {
                Synthetic.fill(row, r, items);
                int x = r + 1;
                sheet.value(x, 0, row.number);
                sheet.value(x, 1, row.campaign);
                sheet.value(x, 2, row.wave);
                sheet.value(x, 3, row.team);
                double[] values = row.values;
                for (int v = 0; v < values.length; v++) {
                    if (!Double.isNaN(values[v])) {
                        if (v < items) {
                            sheet.value(x, RawLayout.FIXED_COLUMNS + v, (int) values[v]);
                        } else {
                            sheet.value(x, RawLayout.FIXED_COLUMNS + v, values[v]);
                        }
                    }
                }
                sheet.style(x, 0).format("0").set();
                sheet.style(x, 4).format("yyyy-mm-dd").set();
                sheet.range(x, RawLayout.FIXED_COLUMNS, x, RawLayout.FIXED_COLUMNS + items - 1).style().format("0").set();
                sheet.range(x, RawLayout.FIXED_COLUMNS + items, x, last).style().format("0.00").set();
                if (x % FLUSH_EVERY == 0) {
                    sheet.flush();
                }
            }
            sheet.setAutoFilter(0, 0, last);
            Worksheet codebook = workbook.newWorksheet(TEXTS.get("report.codebook.sheet"));
            int r = 0;
            for (var item : QUESTIONNAIRE.items()) {
                codebook.value(r, 0, item.id());
                codebook.value(r, 1, item.text().in("en"));
                codebook.value(r, 2, item.scale());
                codebook.value(r, 3, item.key().symbol());
                r++;
            }
            workbook.finish();
        }
    }

    private static String fastexcelVersion() {
        String version = Workbook.class.getPackage().getImplementationVersion();
        return version == null ? "" : version;
    }
}
