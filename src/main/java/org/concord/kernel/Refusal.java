package org.concord.kernel;

import java.util.Arrays;

/**
 * Something HR asked for that Concord refuses: a duplicate team name, a malformed member
 * upload, a campaign changed after its links went out. It carries the key of the message that
 * says why in {@code messages_*.properties} and that message's arguments, so the page tells the
 * reader in their own language; the exception's own message is English, for the log.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    public Refusal(String key, Object... arguments) {
        super(key + " " + Arrays.toString(arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The message key, for example {@code hr.csv.email}. */
    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
