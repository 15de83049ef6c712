package org.concord.candidate;

/**
 * A request a recruiter's service refuses, named by the key of the message that tells the
 * person why ({@code messages_*.properties}), with its arguments: nobody signed in, another
 * recruiter's candidate, a self-report already submitted, and so on. Pages show the message;
 * logs get the key.
 */
public class RecruiterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    public RecruiterException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
