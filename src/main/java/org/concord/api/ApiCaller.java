package org.concord.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;
import java.util.Optional;
import org.concord.security.AccessPolicy;
import org.concord.security.Caller;

/**
 * Who this API call acts for: the owner of the token it presented, read at this call (roles as
 * they are now), set by {@link TokenFilter}; and the language its problems are written in.
 */
@RequestScoped
public class ApiCaller {

    private Caller caller;
    private long tokenId;
    private Locale locale = Locale.ENGLISH;

    void accept(Caller who, long token) {
        this.caller = who;
        this.tokenId = token;
    }

    void locale(Locale chosen) {
        this.locale = chosen;
    }

    /** Whether a token was accepted for this call (not when the filter refused it). */
    public boolean accepted() {
        return caller != null;
    }

    /** The token's owner (the filter has refused every call without one). */
    public Caller caller() {
        if (caller == null) {
            throw new IllegalStateException("no token was accepted for this call");
        }
        return caller;
    }

    /** The owner as the services that take an optional caller want it. */
    public Optional<Caller> optional() {
        return Optional.of(caller());
    }

    public String username() {
        return caller().username();
    }

    public AccessPolicy policy() {
        return new AccessPolicy(caller());
    }

    public long tokenId() {
        return tokenId;
    }

    /** The caller's language (English or French), from Accept-Language. */
    public Locale locale() {
        return locale;
    }

    /** The caller's language code, "en" or "fr". */
    public String language() {
        return locale.getLanguage();
    }
}
