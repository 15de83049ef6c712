package org.concord.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.concord.security.AccessFilter;
import org.concord.security.LocalRedirect;

/**
 * Applies the language switch: a GET with {@code ?lang=fr} (or {@code en}) sets the visitor's
 * language and redirects to the same address without the parameter, so that reloading or
 * bookmarking the page keeps it clean and the choice holds for the whole session. The redirect
 * is built from the path the server serves, never from the raw address, and only ever leads to
 * a path on Concord ({@link LocalRedirect}). Its place among the filters is set in web.xml.
 */
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private LanguageSelection language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean page = "GET".equals(request.getMethod()) && !AccessFilter.pathOf(request).startsWith("/api/");
        String chosen = page ? chosenIn(request.getQueryString()) : null;
        if (chosen == null) {
            chain.doFilter(request, response);
            return;
        }
        language.choose(chosen);
        response.sendRedirect(LocalRedirect.of(withoutLanguage(request), request.getContextPath()));
    }

    /**
     * The {@code lang} of a query string, read from the string itself: asking the request for a
     * parameter would make the server parse them before Faces sets the request's character
     * encoding, which Payara answers with an "Unable to set request character encoding" warning
     * on every page.
     */
    static String chosenIn(String query) {
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith("lang=")) {
                return pair.substring("lang=".length());
            }
        }
        return null;
    }

    static String withoutLanguage(HttpServletRequest request) {
        StringBuilder url = new StringBuilder(request.getContextPath() + AccessFilter.pathOf(request));
        String query = request.getQueryString();
        char separator = '?';
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (!pair.isEmpty() && !pair.startsWith("lang=")) {
                url.append(separator).append(pair);
                separator = '&';
            }
        }
        return url.toString();
    }
}
