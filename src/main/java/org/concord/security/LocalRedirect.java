package org.concord.security;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Keeps every redirect on Concord: a location is accepted only as a path on this server
 * (starting with one {@code /}, without a scheme, host, backslash or control character), so no
 * crafted address ({@code //evil.example/...}, {@code /\evil.example}, {@code http://...}) can
 * turn Concord into a springboard to another site. Anything else becomes the home page.
 */
public final class LocalRedirect {

    private LocalRedirect() {
    }

    /** Whether {@code location} is a path on this server. */
    public static boolean isLocal(String location) {
        if (location == null || location.isEmpty() || location.charAt(0) != '/' || location.startsWith("//")
                || location.chars().anyMatch(c -> c < 0x21 || c == '\\' || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(location);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    /** {@code location} when it is local, else the application's home ({@code contextPath + "/"}). */
    public static String of(String location, String contextPath) {
        return of(location, contextPath, null);
    }

    /**
     * As {@link #of(String, String)}, also keeping an absolute {@code http(s)} address on this
     * very server ({@code ownAuthority}, the request's host and port).
     */
    public static String of(String location, String contextPath, String ownAuthority) {
        if (isLocal(location) || ownAuthority != null && isOwnAbsolute(location, ownAuthority)) {
            return location;
        }
        return (contextPath == null ? "" : contextPath) + "/";
    }

    private static boolean isOwnAbsolute(String location, String ownAuthority) {
        if (location == null || location.chars().anyMatch(c -> c < 0x21 || c == '\\' || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(location);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && ownAuthority.equalsIgnoreCase(uri.getRawAuthority()) && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/") && !uri.getRawPath().startsWith("//");
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }
}
