package org.concord.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.concord.security.LocalRedirect;

/**
 * Redirects a servlet-level answer to a path on Concord, the way the request that asked can
 * follow: Faces' ajax requests expect a partial response naming the address, not a 302.
 */
final class Redirects {

    private Redirects() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String location) throws IOException {
        String local = LocalRedirect.of(location, request.getContextPath());
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + local.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(local);
        }
    }
}
