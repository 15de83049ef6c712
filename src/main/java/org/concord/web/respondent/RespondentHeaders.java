package org.concord.web.respondent;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers for the public respondent pages, whose addresses carry a secret: never cached (so
 * the back button asks the server again and shows where the respondent really is) and never
 * indexed; like every response they are never sent on as a referrer (see SecurityHeaders).
 * Declared in web.xml, for {@code /respond/*}.
 */
public class RespondentHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        chain.doFilter(request, response);
    }
}
