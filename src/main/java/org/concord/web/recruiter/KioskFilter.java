package org.concord.web.recruiter;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.concord.security.AccessFilter;

/**
 * Keeps a browser session in kiosk mode on the kiosk: while {@link KioskSession} is locked,
 * any other address (pages, the language switch of another page, the API) is turned back to the
 * kiosk page, and the header's sign-out (a form posted to the kiosk page itself) is refused, so
 * the candidate can neither read the recruiter's pages nor end the recruiter's session without
 * the recruiter's unlock code. Sessions that never started kiosk mode pass untouched. It
 * judges the path the server serves (the servlet path, which {@code ServedPathFilter} has made
 * equal to the raw address); its place among the filters is set in web.xml.
 */
public class KioskFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String KIOSK_PAGE = "/recruiter/kiosk.xhtml";
    private static final String SIGN_OUT_FORM = "sign-out-form";

    @Inject
    private transient Instance<KioskSession> kiosk;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getSession(false) == null || !kiosk.get().isLocked() || allowed(request) && !signingOut(request)) {
            chain.doFilter(request, response);
            return;
        }
        String back = request.getContextPath() + kiosk.get().kioskPath();
        if ("GET".equals(request.getMethod())) {
            response.sendRedirect(back);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** The header's sign-out form, which posts to whatever page is open. */
    private static boolean signingOut(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getParameter(SIGN_OUT_FORM) != null;
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = AccessFilter.pathOf(request);
        return path.equals(KIOSK_PAGE) || path.startsWith("/jakarta.faces.resource/") || path.equals("/error.xhtml");
    }
}
