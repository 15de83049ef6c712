package org.concord.kernel;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small JSON writer that builds the whole document in memory, so that a command prints
 * nothing when it fails half way. Output is indented by two spaces; strings are escaped per
 * RFC 8259; doubles are written with full precision ({@link Double#toString}) and NaN or
 * infinite values as {@code null}, since JSON has no such numbers. It keeps the command-line
 * jar free of libraries; the server writes its JSON with the platform's Jakarta JSON Processing.
 */
public final class JsonWriter {

    private final StringBuilder json = new StringBuilder();
    /** One entry per open object or array: whether it has no member yet. */
    private final Deque<Boolean> empty = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter beginObject() {
        return open('{');
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        return open('[');
    }

    public JsonWriter endArray() {
        return close(']');
    }

    /** The name of the next member of the current object. */
    public JsonWriter name(String name) {
        separate();
        string(name);
        json.append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) {
        separate();
        if (value == null) {
            json.append("null");
        } else {
            string(value);
        }
        return this;
    }

    public JsonWriter value(double value) {
        separate();
        json.append(Double.isFinite(value) ? Double.toString(value) : "null");
        return this;
    }

    public JsonWriter value(long value) {
        separate();
        json.append(value);
        return this;
    }

    public JsonWriter value(boolean value) {
        separate();
        json.append(value);
        return this;
    }

    public JsonWriter nullValue() {
        separate();
        json.append("null");
        return this;
    }

    @Override
    public String toString() {
        return json.toString();
    }

    private JsonWriter open(char bracket) {
        separate();
        json.append(bracket);
        empty.push(true);
        return this;
    }

    private JsonWriter close(char bracket) {
        if (!empty.pop()) {
            newline();
        }
        json.append(bracket);
        return this;
    }

    /** Before a value or a name: the comma and line break it needs, unless it follows a name. */
    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!empty.isEmpty()) {
            if (!empty.pop()) {
                json.append(',');
            }
            empty.push(false);
            newline();
        }
    }

    private void newline() {
        json.append('\n').append("  ".repeat(empty.size()));
    }

    private void string(String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
