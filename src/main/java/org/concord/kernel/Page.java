package org.concord.kernel;

import java.util.List;

/** The rows of one page of a list, and how many rows the whole (filtered) list has. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
