package org.concord.interview;

import java.util.List;

/**
 * Why a number is not shown, as the page tells it: the key of a message in
 * {@code messages_*.properties} and its arguments (counts, the alpha found). Pages never show
 * a blank or a 0 in place of a number that cannot be computed; they show this instead.
 */
public record Reason(String key, List<Object> arguments) implements java.io.Serializable {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    public static Reason of(String key, Object... arguments) {
        return new Reason(key, List.of(arguments));
    }

    /** The {@code i}-th argument, or an empty string, so that a message with fewer never fails. */
    public Object argument(int i) {
        return i < arguments.size() ? arguments.get(i) : "";
    }
}
