package org.concord.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmark's Concord contender: exactly the raw export's sheet and codebook, its rows from memory instead of JDBC. */
final class ConcordBench implements BenchWriter {

    @Override
    public String name() {
        return "Concord XlsxWriter";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(Path file, int respondents) throws IOException {
        RawLayout layout = new RawLayout(QUESTIONNAIRE);
        try (OutputStream out = Files.newOutputStream(file); XlsxWriter xlsx = new XlsxWriter(out)) {
            RawSheet sheet = new RawSheet(xlsx, layout, TEXTS);
            RawRow row = new RawRow(layout.valueCount());
            for (int r = 0; r < respondents; r++) {
                sheet.write(Synthetic.fill(row, r, layout.itemCount()));
            }
            Codebook.write(xlsx, QUESTIONNAIRE, TEXTS, new RawSelection(java.util.List.of(), java.util.Map.of()));
        }
    }
}
