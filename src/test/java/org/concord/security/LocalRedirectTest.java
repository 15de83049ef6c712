package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Redirects go to a path on Concord, or to its home page. */
class LocalRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/index.xhtml", "/recruiter/candidate.xhtml?id=4", "/signin.xhtml?next=%2Fadmin%2Faudit.xhtml"})
    void pathsOnConcordAreKept(String location) {
        assertEquals(location, LocalRedirect.of(location, ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/..%2Findex.xhtml", "///evil.example", "/\\evil.example", "\\\\evil.example",
            "http://evil.example/", "https:evil.example", "javascript:alert(1)", "evil.example", "/\tevil",
            "/index.xhtml\r\nSet-Cookie: x=1", " //evil.example", ""})
    void anythingElseGoesHome(String location) {
        assertEquals("/ctx/", LocalRedirect.of(location, "/ctx"));
    }

    @org.junit.jupiter.api.Test
    void anAbsoluteAddressIsKeptOnlyOnThisVeryServer() {
        assertEquals("http://concord.example:8080/index.xhtml",
                LocalRedirect.of("http://concord.example:8080/index.xhtml", "", "concord.example:8080"));
        assertEquals("/", LocalRedirect.of("http://evil.example:8080/index.xhtml", "", "concord.example:8080"));
        assertEquals("/", LocalRedirect.of("http://concord.example:8080.evil.example/", "", "concord.example:8080"));
        assertEquals("/", LocalRedirect.of("http://concord.example:8080//evil.example/", "", "concord.example:8080"));
        assertEquals("/", LocalRedirect.of("javascript://concord.example:8080/%0aalert(1)", "", "concord.example:8080"));
    }
}
