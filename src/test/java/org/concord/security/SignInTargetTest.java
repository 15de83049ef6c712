package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SignInTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin/audit.xhtml", "/preview.xhtml?q=cooperativeness&page=2", "/"})
    void aPageInsideConcordIsWhereThePersonReturns(String requested) {
        assertEquals(requested, SignInTarget.of(requested));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
        "admin/audit.xhtml", "/x\r\nSet-Cookie: a=b", "/signin.xhtml?next=/admin"})
    void anythingElseLeadsHome(String requested) {
        assertEquals("/", SignInTarget.of(requested));
    }
}
