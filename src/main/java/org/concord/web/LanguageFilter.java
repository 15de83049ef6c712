package org.concord.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Applies the language switch: a GET with {@code ?lang=fr} (or {@code en}) sets the visitor's
 * language and redirects to the same address without the parameter, so that reloading or
 * bookmarking the page keeps it clean and the choice holds for the whole session.
 */
@WebFilter(urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private LanguageSelection language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean page = "GET".equals(request.getMethod())
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String chosen = page ? request.getParameter("lang") : null;
        if (chosen == null) {
            chain.doFilter(request, response);
            return;
        }
        language.choose(chosen);
        response.sendRedirect(withoutLanguage(request));
    }

    static String withoutLanguage(HttpServletRequest request) {
        StringBuilder url = new StringBuilder(request.getRequestURI());
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
