package org.concord.web.respondent;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.concord.kernel.AccessToken;

/**
 * The two things a respondent's browser keeps, each named after the link it belongs to (by a
 * prefix of the link's hash, never the link itself): a shared link's visitor's private token,
 * so that the same browser resumes while the address others see stays the shared one; and the
 * day a campaign's answers went in, which the database deliberately does not keep. HttpOnly,
 * SameSite=Lax, limited to {@code /respond}, and Secure over HTTPS.
 */
public final class RespondentCookies {

    private static final Duration KEPT = Duration.ofDays(180);

    private RespondentCookies() {
    }

    static Optional<String> visitor(HttpServletRequest request, String link) {
        return read(request, "cc-visit-" + suffix(link));
    }

    static void keepVisitor(HttpServletRequest request, HttpServletResponse response, String link, String visitorToken) {
        write(request, response, "cc-visit-" + suffix(link), visitorToken);
    }

    static Optional<LocalDate> doneOn(HttpServletRequest request, String link) {
        try {
            return read(request, "cc-done-" + suffix(link)).map(LocalDate::parse);
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    static void keepDoneOn(HttpServletRequest request, HttpServletResponse response, String link, LocalDate day) {
        write(request, response, "cc-done-" + suffix(link), day.toString());
    }

    private static String suffix(String link) {
        return AccessToken.hash(link == null ? "" : link).substring(0, 16);
    }

    private static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> c.getName().equals(name)).map(Cookie::getValue).findFirst();
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath() + "/respond");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) KEPT.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
