package org.concord.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Applies {@link AccessRules} to every request (declared in web.xml, after the security
 * headers): a visitor asking for a closed page is sent to sign in and brought back afterwards
 * ({@code ?next=}), a signed-in person without the role gets 403 and Concord's error page, one
 * who must change their password is sent to do so first. REST calls get 401 instead of a
 * redirect to a form. A sign-in whose account has been disabled or removed, or whose password
 * has been changed or reset since ({@link SessionEpoch}), is ended here.
 */
public class AccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AccessFilter.class.getName());

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = pathOf(request);
        if (AccessRules.isOpenToAll(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (currentUser.isSignInStale()
                || currentUser.caller().filter(caller -> SessionEpoch.outdated(request, caller)).isPresent()) {
            endSignIn(request);
            currentUser.forget();
        }
        switch (AccessRules.decide(path, currentUser.caller())) {
            case ALLOW -> chain.doFilter(request, response);
            case SIGN_IN -> {
                if (path.startsWith("/api/")) {
                    response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                } else {
                    redirect(request, response, AccessRules.SIGN_IN_PAGE + "?next="
                            + URLEncoder.encode(requested(request), StandardCharsets.UTF_8));
                }
            }
            case CHANGE_PASSWORD -> redirect(request, response, AccessRules.PASSWORD_PAGE);
            case FORBIDDEN -> {
                LOG.fine(() -> currentUser.getUsername() + " may not open " + path);
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        }
    }

    /** The path inside the application, decoded and normalised by the server. */
    public static String pathOf(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.isEmpty() ? "/" : path;
    }

    /** The address asked for, inside the application and with its query, to come back to. */
    private static String requested(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && request.getQueryString() != null
                ? uri + "?" + request.getQueryString() : uri;
    }

    /** A redirect that Faces' ajax requests follow too (they expect a partial response, not a 302). */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException {
        String location = request.getContextPath() + target;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(location);
        }
    }

    private static void endSignIn(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
