package org.concord.kernel;

import java.util.regex.Pattern;

/**
 * The checks every entity applies to the free text people type (names, positions, notes):
 * trimmed, required or optional, and never longer than its column. Over-long input is refused
 * with a message naming the field, never cut silently.
 */
public final class Texts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Texts() {
    }

    public static String required(String value, int max, String field) {
        String text = optional(value, max, field);
        if (text == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return text;
    }

    /** The trimmed text, or null when blank. */
    public static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return text;
    }

    /** An optional e-mail address, refused when it does not look like one. */
    public static String email(String value) {
        String text = optional(value, 254, "e-mail");
        if (text != null && !EMAIL.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an e-mail address");
        }
        return text;
    }
}
