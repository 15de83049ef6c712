package org.concord.security;

/**
 * Where to send a person after they signed in: back to the page they asked for, when that is
 * an address inside Concord. Anything else (another site, {@code //host}, a scheme, line
 * breaks) sends them to the home page instead, so the sign-in page cannot be used to lead
 * people to another site.
 */
public final class SignInTarget {

    public static final String HOME = "/";

    private SignInTarget() {
    }

    /** {@code requested} (a path inside the application, with its query) when safe, else {@link #HOME}. */
    public static String of(String requested) {
        if (requested == null || requested.isEmpty() || requested.charAt(0) != '/' || requested.startsWith("//")
                || requested.startsWith("/\\") || requested.chars().anyMatch(c -> c < 0x20 || c == '\\' || c == 0x7f)
                || requested.startsWith(AccessRules.SIGN_IN_PAGE)) {
            return HOME;
        }
        return requested;
    }
}
