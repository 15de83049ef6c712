package org.concord.web.shared;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Lets Concord's error page render for every error, posted forms included: the page is shown
 * as a plain GET without the failed form's fields, so Faces never takes it for a post of the
 * error page itself (which used to fail again and leave a 500 with an empty body). A form
 * posted with a view that is gone or a forged view state, or without the page's CSP nonce
 * (PrimeFaces refuses such a post), is answered 400 with the page saying it expired, and a
 * respondent's answers in it are saved first ({@link LostViewRescue}). Declared in web.xml
 * for error dispatches to {@code /error.xhtml}.
 */
public class ErrorDispatch extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (request.getAttribute(ExpiredViews.EXPIRED) != null || formWasRefused(thrown)) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String path = uri == null ? "" : uri.toString().substring(request.getContextPath().length());
            String rescued = LostViewRescue.any(request, path);
            if (rescued != null) {
                response.reset();
                Redirects.send(request, response, request.getContextPath() + rescued);
                return;
            }
            request.setAttribute(ExpiredViews.EXPIRED, Boolean.TRUE);
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_BAD_REQUEST);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        chain.doFilter(new PlainGet(request), response);
    }

    /** Whether the error is a form Faces could not take: its view is gone, forged, or its CSP nonce wrong. */
    static boolean formWasRefused(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException || cause.getClass().getName().equals("org.primefaces.csp.CspException")) {
                return true;
            }
        }
        return false;
    }

    /** The request as a GET without parameters, so the error page is rendered, never restored. */
    private static final class PlainGet extends HttpServletRequestWrapper {

        PlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public String getQueryString() {
            return null;
        }
    }
}
