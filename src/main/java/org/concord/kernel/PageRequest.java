package org.concord.kernel;

import java.util.Map;

/**
 * One page of a list as a data table asks for it: where it starts, how many rows, the column
 * to sort by (null for the list's own order) and the filters typed in column headers. Services
 * turn it into a database query over a fixed set of columns, so a list stays fast however long
 * it grows and no column name from the browser ever reaches the query text.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters) {

    public PageRequest {
        if (first < 0 || size < 1) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds at least one row");
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true, Map.of());
    }

    /** The trimmed filter on {@code field}, or null when there is none. */
    public String filter(String field) {
        String value = filters.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
