package org.concord.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The benchmark's yardstick: the same cells as plain CSV through a buffered UTF-8 writer, numbers via Integer/Double.toString. */
final class CsvBench implements BenchWriter {

    @Override
    public String name() {
        return "plain CSV";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(Path file, int respondents) throws IOException {
        RawLayout layout = new RawLayout(QUESTIONNAIRE);
        List<Column> columns = layout.columns(TEXTS);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    out.write(',');
                }
                text(out, columns.get(c).header());
            }
            out.write('\n');
            RawRow row = new RawRow(layout.valueCount());
            int items = layout.itemCount();
            for (int r = 0; r < respondents; r++) {
                Synthetic.fill(row, r, items);
                out.write(Long.toString(row.number));
                out.write(',');
                text(out, row.campaign);
                out.write(',');
                text(out, row.wave);
                out.write(',');
                text(out, row.team);

                double[] values = row.values;
                for (int v = 0; v < values.length; v++) {
                    out.write(',');
                    if (!Double.isNaN(values[v])) {
                        out.write(v < items ? Integer.toString((int) values[v]) : Double.toString(values[v]));
                    }
                }
                out.write('\n');
            }
        }
    }

    private static void text(Writer out, String text) throws IOException {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            out.write(text);
        } else {
            out.write('"');
            out.write(text.replace("\"", "\"\""));
            out.write('"');
        }
    }
}
