package org.concord.kernel;

import java.util.regex.Pattern;

/**
 * The checks every entity applies to the free text people type (names, positions, notes):
 * trimmed, required or optional, and never longer than its column. Bad input is refused with a
 * {@link Refusal} on the form field it came from (named as the page's input is), whose message
 * names that field in the reader's language ({@code field.<name>} in the bundles); over-long
 * text is never cut silently.
 */
public final class Texts {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Texts() {
    }

    /** The trimmed text; refused when blank or longer than {@code max}. */
    public static String required(String value, int max, String field) {
        String text = optional(value, max, field);
        if (text == null) {
            throw new Refusal("text.required", label(field)).on(field);
        }
        return text;
    }

    /** The trimmed text, or null when blank; refused when longer than {@code max}. */
    public static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new Refusal("text.tooLong", label(field), max).on(field);
        }
        return text;
    }

    /** An optional e-mail address, refused when it does not look like one. */
    public static String email(String value, String field) {
        String text = optional(value, 254, field);
        if (text != null && !isEmail(text)) {
            throw new Refusal("text.email", text).on(field);
        }
        return text;
    }

    /** Whether {@code text} looks like an e-mail address (something@somewhere.tld, no spaces). */
    public static boolean isEmail(String text) {
        return EMAIL.matcher(text).matches();
    }

    private static Refusal.Label label(String field) {
        return new Refusal.Label("field." + field);
    }
}
