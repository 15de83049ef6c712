package org.concord.security;

import java.util.regex.Pattern;

/**
 * Decides whether a request's raw address is already the path the server will serve, so that
 * every filter (kiosk, access rules, language) judges exactly what the container then serves.
 * A raw path may hold only letters, digits and {@code . _ ~ / -}: no percent-encoding (an
 * encoded slash, backslash or dot would be decoded after the filters looked), no {@code ;}
 * path parameters, no backslash, no empty segment ({@code //}) and no {@code .} or {@code ..}
 * segment. Concord's own addresses never need any of these, so such a request is refused.
 */
public final class ServedPath {

    private static final Pattern PLAIN = Pattern.compile("/[A-Za-z0-9._~/-]*");

    private ServedPath() {
    }

    /** Whether {@code rawPath} (the request URI without the context path, undecoded) names what is served. */
    public static boolean isCanonical(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return true;
        }
        if (!PLAIN.matcher(rawPath).matches() || rawPath.contains("//")) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
