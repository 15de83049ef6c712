package org.concord.it;

import static org.concord.it.RespondentTexts.CLIMATE;
import static org.concord.it.RespondentTexts.MATURITY;
import static org.concord.it.RespondentTexts.SELF_REPORT;
import static org.concord.it.RespondentTexts.day;
import static org.concord.it.RespondentTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.concord.kernel.AccessToken;
import org.concord.web.respondent.DatabaseLinkGuesses;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * Where each kind of link leads in a real browser: a team's shared link gives every browser its
 * own anonymous invitation and lets the same browser resume; closed, not-yet-open, expired and
 * unknown links get a page that says which and nothing else; and an address that keeps
 * guessing links is refused with HTTP 429.
 */
class RespondentLinksIT extends RespondentTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aSharedLinkUsedInTwoBrowsersGivesTwoSeparateAnonymousInvitations() throws Exception {
        var campaign = fixtures.campaign("Shared review", TODAY.minusDays(1), TODAY.plusDays(10), 0, CLIMATE);
        String shared = campaign.token(0);

        page.open(shared).consentAndStart();
        assertEquals(page.url(shared), browser.currentUrl(), "the address shows only the shared link");
        Cookie visitor = browser.driver().manage().getCookies().stream()
                .filter(c -> c.getName().startsWith("cc-visit-")).findFirst().orElseThrow();
        assertTrue(visitor.isHttpOnly());
        assertEquals("/respond", visitor.getPath());
        assertEquals("Lax", visitor.getSameSite());
        assertFalse(browser.currentUrl().contains(visitor.getValue()));
        List<String> items = page.items();
        items.forEach(item -> page.choose(item, 2));
        page.next();

        page.open(shared);
        assertEquals(text("en", "respond.page", 2, 2), page.text("page-indicator"), "the same browser resumes");

        newRespondent();
        page.open(shared);
        assertTrue(page.shows("consent-form"), "another browser is another respondent");
        page.consentAndStart();
        assertEquals(text("en", "respond.page", 1, 2), page.text("page-indicator"));
        assertTrue(page.chosen().isEmpty(), "nothing of the first respondent shows");

        long id = campaign.id();
        assertEquals(1, StoredAssessment.count(server, "SELECT COUNT(*) FROM invitation WHERE campaign_id = ? AND shared", id));
        assertEquals(2, StoredAssessment.count(server,
                "SELECT COUNT(*) FROM invitation WHERE campaign_id = ? AND NOT shared AND member_id IS NULL AND consented", id));
        List<StoredAssessment> stored = StoredAssessment.ofCampaign(server, id);
        assertEquals(2, stored.size());
        assertNotEquals(stored.get(0).invitationId(), stored.get(1).invitationId());
        assertEquals(0, StoredAssessment.count(server,
                "SELECT COUNT(*) FROM assessment a JOIN invitation i ON i.id = a.invitation_id WHERE a.campaign_id = ? AND i.shared", id));
        assertEquals(Set.of(items.size(), 0), stored.stream().map(a -> a.answers().size()).collect(Collectors.toSet()));
    }

    @Test
    void closedNotYetOpenAndExpiredLinksSayWhichAndNothingElse() throws Exception {
        String closed = fixtures.campaign("Closed review", TODAY.minusDays(30), TODAY.minusDays(1), 1, MATURITY).token(0);
        String notYetOpen = fixtures.campaign("Later review", TODAY.plusDays(3), TODAY.plusDays(30), 1, MATURITY).token(0);
        String expired = fixtures.selfReport("Analyst", SELF_REPORT, 10, 5);

        page.open(closed);
        assertEquals(text("en", "respond.closed.title") + "\n" + text("en", "respond.closed.text", day("en", TODAY.minusDays(1))), page.main());
        page.open(notYetOpen);
        assertEquals(text("en", "respond.notYetOpen.title") + "\n" + text("en", "respond.notYetOpen.text", day("en", TODAY.plusDays(3))),
                page.main());
        page.language("fr");
        assertEquals(text("fr", "respond.notYetOpen.title") + "\n" + text("fr", "respond.notYetOpen.text", day("fr", TODAY.plusDays(3))),
                page.main());
        page.open(expired);
        assertEquals(text("fr", "respond.expired.title") + "\n" + text("fr", "respond.expired.text"), page.main());
    }

    @Test
    void unknownAndMalformedLinksShowTheSamePageWhichRevealsNothing() throws Exception {
        String unknownPage = text("en", "respond.unknown.title") + "\n" + text("en", "respond.unknown.text");

        page.open(AccessToken.newToken());
        assertEquals(unknownPage, page.main());
        page.open("not-a-token");
        assertEquals(unknownPage, page.main());
        browser.open(server.url("/respond/answer.xhtml"));
        assertEquals(unknownPage, page.main());

        HttpClient http = HttpClient.newHttpClient();
        for (String token : new String[] {AccessToken.newToken(), "x"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(page.url(token))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode());
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
            assertEquals(List.of("no-referrer"), response.headers().allValues("Referrer-Policy"));
        }
    }

    @Test
    void anAddressThatKeepsOpeningUnknownLinksIsSlowedAndRefusedWith429ButAValidLinkStillOpens() throws Exception {
        String valid = fixtures.campaign("Guarded review", TODAY.minusDays(1), TODAY.plusDays(10), 1, CLIMATE).token(0);
        String guesser = "127.0.0.7";
        for (int i = 0; i < DatabaseLinkGuesses.LIMIT; i++) {
            assertTrue(get(guesser, AccessToken.newToken()).startsWith("HTTP/1.1 404"));
        }

        String refused = get(guesser, AccessToken.newToken());
        assertTrue(refused.startsWith("HTTP/1.1 429"), refused.lines().findFirst().orElse(""));
        assertTrue(refused.contains(text("en", "respond.limited.title")));
        String colleague = get(guesser, valid);
        assertTrue(colleague.startsWith("HTTP/1.1 200"), "a valid link from the same address always opens: "
                + colleague.lines().findFirst().orElse(""));
        assertTrue(get(guesser, AccessToken.newToken()).startsWith("HTTP/1.1 429"), "guesses go on being refused");
        assertTrue(get("127.0.0.1", valid).startsWith("HTTP/1.1 200"), "other addresses are not affected");
    }

    @Test
    void behindTheBalancerEachClientIsCountedByTheAddressTheBalancerGivesAndNobodyCanWriteItThemselves() throws Exception {
        String valid = fixtures.campaign("Balanced review", TODAY.minusDays(1), TODAY.plusDays(10), 1, CLIMATE).token(0);
        String balancer = ConcordServer.BALANCER;
        for (int i = 0; i < DatabaseLinkGuesses.LIMIT; i++) {
            assertTrue(get(balancer, AccessToken.newToken(), "203.0.113.50").startsWith("HTTP/1.1 404"));
        }
        assertTrue(get(balancer, AccessToken.newToken(), "203.0.113.50").startsWith("HTTP/1.1 429"),
                "the guesser behind the balancer is refused");
        assertTrue(get(balancer, AccessToken.newToken(), "203.0.113.51").startsWith("HTTP/1.1 404"),
                "another client behind the same balancer is not: the balancer's own address is not what counts");
        assertTrue(get(balancer, AccessToken.newToken(), "203.0.113.50, 203.0.113.52").startsWith("HTTP/1.1 404"),
                "the address the balancer adds last is the client's, whatever the client wrote before it");

        String spoofer = "127.0.0.8";
        for (int i = 0; i < DatabaseLinkGuesses.LIMIT; i++) {
            get(spoofer, AccessToken.newToken(), "198.51.100." + i);
        }
        assertTrue(get(spoofer, AccessToken.newToken(), "198.51.100.99").startsWith("HTTP/1.1 429"),
                "a client writing X-Forwarded-For itself is counted by its own address all the same");
        assertTrue(get(balancer, valid, "203.0.113.50").startsWith("HTTP/1.1 200"), "a valid link always opens");
    }

    /** A plain HTTP GET of {@code token}'s link from the local address {@code from}; the whole response. */
    private String get(String from, String token) throws IOException {
        return get(from, token, null);
    }

    /** The same, with an {@code X-Forwarded-For} line unless {@code forwardedFor} is null. */
    private String get(String from, String token, String forwardedFor) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            URI uri = URI.create(page.url(token));
            socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept-Language: en\r\n" + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
