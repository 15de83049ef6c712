package org.concord.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Refuses (400, Concord's error page) every request whose raw address is not the path the
 * server will serve, as {@link ServedPath} defines it, before any other filter looks at it
 * (declared second in web.xml, after the security headers). Afterwards the raw address and
 * the decoded servlet path agree, so the kiosk, the access rules and the language switch can
 * never be fooled by {@code ..%2f}, {@code %2e%2e}, {@code ;} or {@code //} into judging one
 * path while the container serves another.
 */
public class ServedPathFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ServedPathFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String raw = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        if (!uri.startsWith(context) || !ServedPath.isCanonical(raw)) {
            LOG.fine(() -> "refused a request for a path that is not canonical: " + uri);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
