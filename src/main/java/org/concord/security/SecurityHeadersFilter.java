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

/**
 * Puts {@link SecurityHeaders} on every response, error pages and redirects included (declared
 * first in web.xml, for requests and error pages). Faces pages get their Content-Security-Policy
 * from PrimeFaces, with the nonce of their inline scripts; every other response gets the same
 * policy without a nonce, added just before its first byte unless a policy is there already,
 * so that no response carries two policies.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.FIXED.forEach(response::setHeader);
        chain.doFilter(request, new PolicyWhenMissing(response));
    }

    /** Adds the policy when the response starts, if nobody (PrimeFaces) has added one. */
    private static final class PolicyWhenMissing extends HttpServletResponseWrapper {

        private boolean hasPolicy;

        PolicyWhenMissing(HttpServletResponse response) {
            super(response);
        }

        private void addPolicyIfMissing() {
            if (!hasPolicy && !isCommitted() && !containsHeader(SecurityHeaders.CSP)) {
                setHeader(SecurityHeaders.CSP, SecurityHeaders.POLICY);
            }
            hasPolicy = true;
        }

        @Override
        public void setHeader(String name, String value) {
            hasPolicy |= SecurityHeaders.CSP.equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            hasPolicy |= SecurityHeaders.CSP.equalsIgnoreCase(name);
            super.addHeader(name, value);
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
            super.sendRedirect(location);
        }
    }
}
