package org.concord.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one way Concord says no: something a person asked for that a service or an entity refuses
 * (a duplicate team name, a malformed upload, another recruiter's candidate, a password too
 * short). It never carries text: each reason is the key of a message in
 * {@code messages_*.properties} with that message's arguments (an argument that is itself a
 * {@link Label} is translated too), so every reader gets it in their own language. It may name the
 * form field it concerns, so the page shows it beside that field, and says what kind of
 * refusal it is, so a page or an API answers with the fitting status. The service's transaction
 * rolls back, so nothing of a refused action is kept. The exception's own message is the keys,
 * for the log.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal this is, which decides the status a page or an API answers with. */
    public enum Kind {
        /** The input is wrong; the person can correct it (400 from an API, the same page again). */
        INVALID,
        /** The person may not do this or see this (403). */
        FORBIDDEN,
        /** What was asked for does not exist, or no longer does (404). */
        NOT_FOUND,
        /** The request is valid but clashes with the current state: already submitted, closed (409). */
        CONFLICT
    }

    /** One reason: a message key and its arguments. */
    public record Reason(String key, List<Object> arguments) {

        public Reason {
            arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
        }

        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }

    /** An argument that is itself a message key, translated before it is put into its message. */
    public record Label(String key) {

        @Override
        public String toString() {
            return key;
        }
    }

    private final Kind kind;
    private final transient List<Reason> reasons;
    private final String field;

    public Refusal(String key, Object... arguments) {
        this(Kind.INVALID, List.of(reason(key, arguments)), null);
    }

    private Refusal(Kind kind, List<Reason> reasons, String field) {
        super(reasons.stream().map(Reason::key).collect(Collectors.joining(", "))
                + (field == null ? "" : " (" + field + ")"));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal has at least one reason");
        }
        this.kind = kind;
        this.reasons = List.copyOf(reasons);
        this.field = field;
    }

    /** A refusal of {@code kind} for one reason. */
    public static Refusal of(Kind kind, String key, Object... arguments) {
        return new Refusal(kind, List.of(reason(key, arguments)), null);
    }

    /** An invalid input for several reasons at once (say, every rule a new password breaks), in order. */
    public static Refusal all(List<String> keys) {
        return new Refusal(Kind.INVALID, keys.stream().map(key -> reason(key)).toList(), null);
    }

    /** The same refusal, concerning the form field named {@code field} (the input's id on the page). */
    public Refusal on(String fieldName) {
        return new Refusal(kind, reasons, fieldName);
    }

    public Kind kind() {
        return kind;
    }

    /** The reasons, in the order they should be shown; at least one. */
    public List<Reason> reasons() {
        return reasons;
    }

    /** The message keys of the reasons, in order. */
    public List<String> keys() {
        return reasons.stream().map(Reason::key).toList();
    }

    /** The first reason's message key, for example {@code hr.csv.email}. */
    public String key() {
        return reasons.get(0).key();
    }

    /** The first reason's message arguments. */
    public Object[] arguments() {
        return reasons.get(0).argumentArray();
    }

    /** The form field this concerns, or null when it concerns the whole request. */
    public String field() {
        return field;
    }

    private static Reason reason(String key, Object... arguments) {
        return new Reason(key, Arrays.asList(arguments.clone()));
    }
}
