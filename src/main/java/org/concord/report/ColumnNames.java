package org.concord.report;

/** Column letters as Excel writes them: 0 is A, 25 is Z, 26 is AA, 16383 is XFD. */
final class ColumnNames {

    private ColumnNames() {
    }

    static String of(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("column index " + index);
        }
        StringBuilder name = new StringBuilder(3);
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
