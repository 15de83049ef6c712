package org.concord.database;

import java.util.Locale;

/**
 * Searching for a piece of text anywhere in a column, case aside, the same way in every list:
 * the pattern is lower-cased, wrapped in {@code %}, and LIKE's own characters ({@code %},
 * {@code _} and the escape) are taken literally, so that "50%" finds "50%" and nothing else.
 * Use it as {@code LOWER(x.name) LIKE :name} + {@link #ESCAPE}, on H2 and PostgreSQL alike.
 */
public final class Like {

    /** What follows the pattern parameter in the query. */
    public static final String ESCAPE = " ESCAPE '\\'";

    private Like() {
    }

    /** The pattern that finds {@code text} (trimmed) anywhere; blank text finds everything. */
    public static String containing(String text) {
        String escaped = (text == null ? "" : text.strip()).toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
