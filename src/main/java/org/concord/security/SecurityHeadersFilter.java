package org.concord.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.logging.Logger;

/**
 * Puts {@link SecurityHeaders} on every response, error pages, redirects and downloads
 * included (declared first in web.xml, for requests and error pages). A page or download that
 * resets its response, or tries to set one of these headers to something else, gets them back
 * as they were. The server's own {@code Server} and {@code X-Powered-By} headers are turned
 * off in Payara itself ({@code src/main/payara/preboot.asadmin}), not here. Faces pages get their Content-Security-Policy from PrimeFaces, with the nonce of their
 * inline scripts; every other response gets the same policy without a nonce, added just
 * before its first byte unless a policy is there already. Every redirect is checked by
 * {@link LocalRedirect}: one that would leave Concord goes to the home page instead.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SecurityHeadersFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.FIXED.forEach(response::setHeader);
        String authority = request.getServerName() + (request.getServerPort() == 80 || request.getServerPort() == 443
                ? "" : ":" + request.getServerPort());
        chain.doFilter(request, new Guarded(response, request.getContextPath(), authority));
    }

    /** Keeps the fixed headers, adds the policy when the response starts, keeps redirects local. */
    private static final class Guarded extends HttpServletResponseWrapper {

        private final String contextPath;
        private final String authority;
        private boolean hasPolicy;

        Guarded(HttpServletResponse response, String contextPath, String authority) {
            super(response);
            this.contextPath = contextPath;
            this.authority = authority;
        }

        private void addPolicyIfMissing() {
            if (!hasPolicy && !isCommitted() && !containsHeader(SecurityHeaders.CSP)) {
                super.setHeader(SecurityHeaders.CSP, SecurityHeaders.POLICY);
            }
            hasPolicy = true;
        }

        private boolean fixed(String name) {
            return SecurityHeaders.FIXED.keySet().stream().anyMatch(name::equalsIgnoreCase);
        }

        @Override
        public void setHeader(String name, String value) {
            if (fixed(name)) {
                return;
            }
            if ("Location".equalsIgnoreCase(name)) {
                value = LocalRedirect.of(value, contextPath, authority);
            }
            hasPolicy |= SecurityHeaders.CSP.equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (fixed(name)) {
                return;
            }
            if ("Location".equalsIgnoreCase(name)) {
                value = LocalRedirect.of(value, contextPath, authority);
            }
            hasPolicy |= SecurityHeaders.CSP.equalsIgnoreCase(name);
            super.addHeader(name, value);
        }

        @Override
        public void reset() {
            super.reset();
            hasPolicy = false;
            SecurityHeaders.FIXED.forEach(super::setHeader);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            addPolicyIfMissing();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            addPolicyIfMissing();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            addPolicyIfMissing();
            super.flushBuffer();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            addPolicyIfMissing();
            String local = LocalRedirect.of(location, contextPath, authority);
            if (!local.equals(location)) {
                LOG.warning(() -> "a redirect to " + location + " was kept on Concord");
            }
            super.sendRedirect(local);
        }
    }
}
