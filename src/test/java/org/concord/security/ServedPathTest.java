package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw addresses that would be served as another path than the filters saw are refused; Concord's own pass. */
class ServedPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.xhtml", "/recruiter/kiosk.xhtml", "/jakarta.faces.resource/theme.css.xhtml",
            "/jakarta.faces.resource/primeicons/primeicons.woff2.xhtml", "/health/ready", "/respond/answer.xhtml",
            "/a-b_c~d.xhtml", ""})
    void concordsOwnAddressesPass(String path) {
        assertTrue(ServedPath.isCanonical(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/jakarta.faces.resource/..%2frecruiter/candidates.xhtml",
            "/jakarta.faces.resource/..%2Frecruiter/candidates.xhtml", "/jakarta.faces.resource/%2e%2e/recruiter/candidates.xhtml",
            "/jakarta.faces.resource/%2E%2E/recruiter/candidates.xhtml", "/jakarta.faces.resource/..%5crecruiter/candidates.xhtml",
            "/jakarta.faces.resource/..\\recruiter/candidates.xhtml", "/jakarta.faces.resource/../recruiter/candidates.xhtml",
            "/jakarta.faces.resource/..;/recruiter/candidates.xhtml", "/recruiter/candidates.xhtml;jsessionid=1",
            "/recruiter/./candidates.xhtml", "/recruiter//candidates.xhtml", "//evil.example/..%2Findex.xhtml",
            "/recruiter/%63andidates.xhtml", "/jakarta.faces.resource/%252e%252e/recruiter/candidates.xhtml",
            "/respond/..", "/respond/.", "/jakarta.faces.resource/..%00/x.xhtml", "/index.xhtml%3Flang=en",
            "/recruiter/candidates.xhtml/.", "/\u0430dmin/accounts.xhtml"})
    void addressesThatWouldBeServedOtherwiseAreRefused(String path) {
        assertFalse(ServedPath.isCanonical(path), path);
    }
}
