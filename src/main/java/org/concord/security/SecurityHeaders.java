package org.concord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The security headers every response carries, in one place: a Content-Security-Policy that
 * runs only Concord's own scripts (PrimeFaces adds a fresh nonce for the inline scripts of a
 * page, see {@code primefaces.CSP} in web.xml, which reads {@link #getPolicy()} from here), no
 * framing by other sites, no content sniffing, and no address sent on as a referrer (respondent
 * addresses carry a secret, and every response carries the same headers).
 */
@Named("securityHeaders")
@ApplicationScoped
public class SecurityHeaders {

    /**
     * The policy. It ends with {@code script-src 'self'} because PrimeFaces appends the page's
     * nonce to the last directive; styles allow inline because PrimeFaces widgets set them.
     */
    public static final String POLICY = "default-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";

    public static final String CSP = "Content-Security-Policy";

    /** The other headers, the same on every response. */
    public static final java.util.Map<String, String> FIXED = java.util.Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    public String getPolicy() {
        return POLICY;
    }
}
