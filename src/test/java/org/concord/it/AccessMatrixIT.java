package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.concord.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who gets what, address by address: every page and REST endpoint Concord has, and one made-up
 * address in each area, asked for by a visitor and by each role with a session from the real
 * sign-in form, following no redirect. OK is 200; MISSING is 404 where the role may go but no
 * page exists yet; REFUSED is 403; SIGN_IN is a redirect to the sign-in page; UNAUTHORIZED is
 * REST's 401.
 */
class AccessMatrixIT {

    private static final String PASSWORD = "matrix test password";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static ConcordServer server;
    private static final Map<Role, HttpClient> SIGNED_IN = new EnumMap<>(Role.class);

    @BeforeAll
    static void signInEveryRole() throws Exception {
        server = ConcordServer.get();
        for (Role role : Role.values()) {
            String username = "matrix-" + role.name().toLowerCase(java.util.Locale.ROOT);
            server.createAccount(username, PASSWORD, role);
            SIGNED_IN.put(role, signedIn(username));
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A client holding the session of {@code username}, signed in through the form like a browser. */
    private static HttpClient signedIn(String username) throws IOException, InterruptedException {
        HttpClient client = client();
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(server.url("/signin.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = VIEW_STATE.matcher(form.body());
        Matcher nonce = NONCE.matcher(form.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(viewState.find() && nonce.find(), "the sign-in form carries a view state and a nonce");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signin", "signin");
        fields.put("signin:username", username);
        fields.put("signin:password", PASSWORD);
        fields.put("signin:submit", "");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        fields.put("primefaces.nonce", nonce.group(1));
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(server.url("/signin.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), username + " signs in: " + signedIn.body());
        assertEquals(server.url("/"), signedIn.headers().firstValue("Location").orElseThrow());
        return client;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // path,                                              visitor,      ADMIN,   HR,      RECRUITER, MANAGER
        "/,                                                   OK,           OK,      OK,      OK,        OK",
        "/index.xhtml,                                        OK,           OK,      OK,      OK,        OK",
        "/signin.xhtml,                                       OK,           OK,      OK,      OK,        OK",
        "/sso-refused.xhtml?reason=noRole,                    OK,           OK,      OK,      OK,        OK",
        "/jakarta.faces.resource/concord.css.xhtml?ln=concord, OK,          OK,      OK,      OK,        OK",
        "/health/ready,                                       OK,           OK,      OK,      OK,        OK",
        "/respond/no-such-link,                               MISSING,      MISSING, MISSING, MISSING,   MISSING",
        "/questionnaires.xhtml,                               SIGN_IN,      OK,      OK,      OK,        OK",
        "/preview.xhtml?q=cooperativeness,                    SIGN_IN,      OK,      OK,      OK,        OK",
        "/account/password.xhtml,                             SIGN_IN,      OK,      OK,      OK,        OK",
        "/admin/questionnaires.xhtml,                         SIGN_IN,      OK,      REFUSED, REFUSED,   REFUSED",
        "/admin/accounts.xhtml,                               SIGN_IN,      OK,      REFUSED, REFUSED,   REFUSED",
        "/admin/audit.xhtml,                                  SIGN_IN,      OK,      REFUSED, REFUSED,   REFUSED",
        "/api/admin/anything,                                 UNAUTHORIZED, MISSING, REFUSED, REFUSED,   REFUSED",
        "/hr/campaigns.xhtml,                                 SIGN_IN,      REFUSED, OK,      REFUSED,   REFUSED",
        "/hr/interviews.xhtml,                                SIGN_IN,      REFUSED, OK,      REFUSED,   REFUSED",
        "/recruiter/candidates.xhtml,                         SIGN_IN,      REFUSED, REFUSED, OK,        REFUSED",
        // past the table (HR and recruiters), a candidate page without a candidate of yours answers 403,
        // unknown and not-yours alike; CandidatePrivacyIT and RecruiterJourneyIT open real candidates
        "/recruiter/candidate.xhtml,                          SIGN_IN,      REFUSED, REFUSED, REFUSED,   REFUSED",
        "/manager/teams.xhtml,                                SIGN_IN,      REFUSED, OK,      REFUSED,   OK",
        "/hr/teams.xhtml,                                     SIGN_IN,      REFUSED, OK,      REFUSED,   REFUSED",
        "/recruiter/new-candidate.xhtml,                      SIGN_IN,      REFUSED, REFUSED, OK,        REFUSED",
        "/reports/index.xhtml,                                SIGN_IN,      REFUSED, OK,      REFUSED,   REFUSED",
        "/reports/latest.xhtml,                               SIGN_IN,      REFUSED, MISSING, REFUSED,   REFUSED",
        "/not-in-the-table.xhtml,                             SIGN_IN,      REFUSED, REFUSED, REFUSED,   REFUSED",
        "/api/not-in-the-table,                               UNAUTHORIZED, REFUSED, REFUSED, REFUSED,   REFUSED",
        // the REST API takes a bearer token only, never a signed-in session (ApiIT calls it with tokens)
        "/api/v1/teams,                                       UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED",
        "/openapi,                                            OK,           OK,      OK,      OK,        OK",
        "/resources/concord/concord.css,                      SIGN_IN,      REFUSED, REFUSED, REFUSED,   REFUSED",
    })
    void eachRoleGetsWhatTheTableSays(String path, String visitor, String admin, String hr, String recruiter, String manager)
            throws Exception {
        assertEquals(visitor, outcome(client(), path), "visitor on " + path);
        Map<Role, String> expected = Map.of(Role.ADMIN, admin, Role.HR, hr, Role.RECRUITER, recruiter, Role.MANAGER, manager);
        for (Role role : Role.values()) {
            assertEquals(expected.get(role), outcome(SIGNED_IN.get(role), path), role + " on " + path);
        }
    }

    private static String outcome(HttpClient client, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        return switch (response.statusCode()) {
            case 200 -> "OK";
            case 404 -> "MISSING";
            case 403 -> "REFUSED";
            case 401 -> "UNAUTHORIZED";
            case 302, 303 -> response.headers().firstValue("Location").orElse("").startsWith(server.url("/signin.xhtml?next="))
                    ? "SIGN_IN" : "redirect to " + response.headers().firstValue("Location").orElse("?");
            default -> "HTTP " + response.statusCode();
        };
    }
}
