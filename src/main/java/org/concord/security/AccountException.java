package org.concord.security;

import java.util.List;

/**
 * An account change that Concord refuses, such as removing the last administrator or choosing
 * a password that is too short. It carries the keys of the messages that tell the person why
 * (see {@code messages_*.properties}), never text, so pages show it in the reader's language;
 * the service's transaction rolls back, so nothing of the refused change is kept.
 */
public class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> keys;

    public AccountException(String key) {
        this(List.of(key));
    }

    public AccountException(List<String> keys) {
        super(String.join(", ", keys));
        this.keys = List.copyOf(keys);
    }

    /** The message keys, in the order they should be shown. */
    public List<String> keys() {
        return keys;
    }
}
