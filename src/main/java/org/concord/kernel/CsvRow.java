package org.concord.kernel;

import java.util.List;

/** One record of a CSV file: the file line it starts on (1-based) and its cells, unquoted. */
public record CsvRow(int line, List<String> cells) {

    public CsvRow {
        cells = List.copyOf(cells);
    }
}
