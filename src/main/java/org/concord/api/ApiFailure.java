package org.concord.api;

import java.util.List;
import org.concord.kernel.Refusal;

/**
 * A refusal that only the API makes, at its door: no usable token (401), too many calls (429
 * with the seconds to wait), or a request the API cannot read at all; or a refusal from a
 * service, carried with the status it maps to. {@link Problems} writes it as a problem document.
 */
final class ApiFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<Refusal.Reason> reasons;
    private final String field;
    private final long retryAfterSeconds;

    private ApiFailure(int status, String key, Object[] arguments, String field, long retryAfterSeconds) {
        super(key);
        this.status = status;
        this.reasons = List.of(new Refusal.Reason(key, List.of(arguments)));
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 401: no token, or one that is unknown, expired or revoked ({@code key} says which). */
    static ApiFailure unauthorized(String key) {
        return new ApiFailure(401, key, new Object[0], null, 0);
    }

    /** 429: this token made too many calls; try again in {@code seconds}. */
    static ApiFailure tooMany(long seconds) {
        return new ApiFailure(429, "api.problem.throttled.detail", new Object[] {seconds}, null, seconds);
    }

    /** Any other status, for a request the API cannot serve (unknown path, wrong method or media type). */
    static ApiFailure status(int status, String key) {
        return new ApiFailure(status, key, new Object[0], null, 0);
    }

    int status() {
        return status;
    }

    List<Refusal.Reason> reasons() {
        return reasons;
    }

    String field() {
        return field;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
