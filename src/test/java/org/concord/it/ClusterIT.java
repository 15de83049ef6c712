package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.concord.kernel.AccessToken;
import org.concord.security.PlatformPasswords;
import org.junit.jupiter.api.Test;

/**
 * Concord on two instances behind HAProxy, one of them killed with SIGKILL in the middle: six
 * respondents answer a campaign through the balancer (the balancer's cookie spreads them over
 * both instances) while an HR user is signed in and a report job is queued; once every
 * respondent has confirmed a page, the instance that serves the HR user (and some of the
 * respondents) is killed, with a report job running there. Every confirmed answer is stored,
 * every respondent finishes on the other instance, the HR user is still signed in there, the
 * queued report job ended, the one running on the dead instance is marked failed and offered
 * for a retry, and each hourly retention pass ran once for the cluster. Plain HTTP, as a browser posts the pages.
 */
class ClusterIT {

    private static final int RESPONDENTS = 6;
    private static final String PASSWORD = "Cluster-Test-Password-7461";
    private static final Pattern ITEM = Pattern.compile("name=\"(answer-[^\"]+)\" value=\"(\\d+)\"");

    @Test
    void losingAnInstanceLosesNothing() throws Exception {
        try (ClusterNodes cluster = new ClusterNodes()) {
            Instant firstStart = Instant.now();
            cluster.start(0);
            cluster.start(1);
            cluster.startBalancer();
            List<String> tokens = seed(cluster);

            Client hr = new Client(cluster);
            hr.signIn("cluster-hr", PASSWORD);
            int hrInstance = ClusterNodes.instanceOf(hr.cookie("concord-instance"));
            assertEquals(200, hr.get("/reports/").statusCode(), "signed in through the balancer");
            String job = queueReportJob(cluster);

            AtomicInteger confirmedFirstPage = new AtomicInteger();
            List<String> placed = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService people = Executors.newFixedThreadPool(RESPONDENTS);
            List<Future<Map<String, String>>> journeys = new ArrayList<>();
            for (String token : tokens) {
                journeys.add(people.submit(() -> new Client(cluster).answerAll(token, confirmedFirstPage, placed)));
            }
            while (confirmedFirstPage.get() < RESPONDENTS) {
                Thread.sleep(100);
            }
            String cutShort = cutShortJob(cluster, hrInstance);
            cluster.kill(hrInstance);
            assertTrue(placed.stream().anyMatch(instance -> ClusterNodes.instanceOf(instance) == hrInstance),
                    "some respondents were on the instance killed: " + placed);

            List<Map<String, String>> confirmed = new ArrayList<>();
            for (Future<Map<String, String>> journey : journeys) {
                confirmed.add(journey.get());
            }
            people.shutdown();

            var reports = hr.get("/reports/");
            assertEquals(200, reports.statusCode(), "the HR user is still signed in after their instance died");
            assertFalse(reports.body().contains("id=\"signin"), "not the sign-in page");
            assertFalse(cluster.alive(hrInstance), "the HR user's instance is gone");

            try (Connection db = cluster.database()) {
                assertEquals(RESPONDENTS, count(db, "SELECT COUNT(*) FROM assessment WHERE progress = 'SUBMITTED'"),
                        "every respondent finished");
                Map<String, Long> stored = new LinkedHashMap<>();
                try (ResultSet rows = db.createStatement().executeQuery("SELECT a.answer_value, COUNT(*) FROM answer a "
                        + "JOIN assessment s ON s.id = a.assessment_id WHERE s.progress = 'SUBMITTED' GROUP BY a.answer_value")) {
                    while (rows.next()) {
                        stored.put(rows.getString(1), rows.getLong(2));
                    }
                }
                Map<String, Long> sent = confirmed.stream().flatMap(answers -> answers.values().stream())
                        .collect(Collectors.groupingBy(value -> value, LinkedHashMap::new, Collectors.counting()));
                assertEquals(new java.util.TreeMap<>(sent), new java.util.TreeMap<>(stored), "every confirmed answer stored, none twice");
                long items = count(db, "SELECT COUNT(*) FROM answer") / RESPONDENTS;
                assertTrue(items >= 20, "the questionnaire's items: " + items);
                for (Map<String, String> answers : confirmed) {
                    assertEquals(items, answers.size(), "each respondent confirmed every item, each stored");
                }

                Instant until = Instant.now().plusSeconds(60);
                String state = state(db, job);
                while (!state.equals("DONE") && !state.equals("FAILED") && Instant.now().isBefore(until)) {
                    Thread.sleep(1000);
                    state = state(db, job);
                }
                assertTrue(state.equals("DONE") || state.equals("FAILED"), "the report job ended: " + state);
                if (state.equals("FAILED")) {
                    assertTrue(hr.get("/reports/").body().contains("Cluster raw export"), "a failed job is offered for a retry");
                }

                Instant failedBy = Instant.now().plusSeconds(90);
                while (!state(db, cutShort).equals("FAILED") && Instant.now().isBefore(failedBy)) {
                    Thread.sleep(1000);
                }
                assertEquals("FAILED", state(db, cutShort), "a job running on the killed instance is marked failed by the other");
                assertTrue(hr.get("/reports/").body().contains("Cluster export cut short"), "and offered for a retry");

                // both instances asked for each hourly pass at least once before the check (first asks after 1 and 2 minutes)
                long wait = Duration.between(Instant.now(), firstStart.plus(Duration.ofSeconds(200))).toMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                assertEquals(1, count(db, "SELECT runs FROM cluster_turn WHERE task = 'report-retention'"), "report retention ran once");
                assertEquals(1, count(db, "SELECT runs FROM cluster_turn WHERE task = 'candidate-retention'"), "candidate retention ran once");
            }
        }
    }

    /** A campaign of one team of {@value #RESPONDENTS} members on the cooperation climate, and an HR account; the links' tokens. */
    private static List<String> seed(ClusterNodes cluster) throws SQLException {
        try (Connection db = cluster.database()) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            long account = Sequences.next(db, "account_seq");
            update(db, "INSERT INTO account (id, username, display_name, password_hash, must_change_password, created_at, version) "
                    + "VALUES (?, 'cluster-hr', 'Cluster HR', ?, FALSE, ?, 1)", account, PlatformPasswords.hash(PASSWORD), now);
            update(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'HR')", account);
            long team = Sequences.next(db, "team_seq");
            update(db, "INSERT INTO team (id, name, created_at) VALUES (?, 'Cluster team', ?)", team, now);
            long campaign = Sequences.next(db, "campaign_seq");
            update(db, "INSERT INTO campaign (id, name, wave_label, opens_on, closes_on, min_group_size, link_mode, created_by, "
                    + "created_at) VALUES (?, 'Cluster campaign', 'Before', ?, ?, 4, 'PERSONAL', 'cluster-hr', ?)",
                    campaign, LocalDate.now().minusDays(1), LocalDate.now().plusDays(7), now);
            update(db, "INSERT INTO campaign_team (campaign_id, team_id) VALUES (?, ?)", campaign, team);
            update(db, "INSERT INTO campaign_instrument (campaign_id, ordinal, questionnaire_id, questionnaire_version) "
                    + "VALUES (?, 0, 'team-cooperation-climate', 1)", campaign);
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < RESPONDENTS; i++) {
                long member = Sequences.next(db, "team_member_seq");
                update(db, "INSERT INTO team_member (id, team_id, name, email) VALUES (?, ?, ?, ?)",
                        member, team, "Member " + i, "member" + i + "@example.org");
                String token = AccessToken.newToken();
                update(db, "INSERT INTO invitation (id, campaign_id, team_id, member_id, token_hash, shared, progress, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, FALSE, 'INVITED', ?)", Sequences.next(db, "invitation_seq"), campaign, team, member,
                        AccessToken.hash(token), now);
                tokens.add(token);
            }
            return tokens;
        }
    }

    /** A raw export queued as the Reports page queues one; whichever instance claims it runs it. */
    private static String queueReportJob(ClusterNodes cluster) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection db = cluster.database()) {
            update(db, "INSERT INTO report_job (id, kind, title, requested_by, questionnaire, campaign_id, locale, state, started_at) "
                    + "VALUES (?, 'RAW_EXPORT', 'Cluster raw export', 'cluster-hr', 'team-cooperation-climate.v1', NULL, 'en', "
                    + "'QUEUED', ?)", id, OffsetDateTime.now(ZoneOffset.UTC));
        }
        return id;
    }

    /**
     * A job as the instance about to be killed writes it while running one (its name as owner, a
     * fresh heartbeat): once that instance is gone, the other must mark it failed.
     */
    private static String cutShortJob(ClusterNodes cluster, int instance) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection db = cluster.database()) {
            update(db, "INSERT INTO report_job (id, kind, title, requested_by, questionnaire, campaign_id, locale, state, started_at, "
                    + "owner, heartbeat_at) VALUES (?, 'RAW_EXPORT', 'Cluster export cut short', 'cluster-hr', "
                    + "'team-cooperation-climate.v1', NULL, 'en', 'RUNNING', ?, ?, ?)", id, OffsetDateTime.now(ZoneOffset.UTC),
                    "node-" + instance, OffsetDateTime.now(ZoneOffset.UTC));
        }
        return id;
    }

    private static String state(Connection db, String job) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT state FROM report_job WHERE id = ?")) {
            select.setString(1, job);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (ResultSet row = db.createStatement().executeQuery(sql)) {
            assertTrue(row.next(), sql);
            return row.getLong(1);
        }
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** One person's browser: cookies, and the pages' forms posted as a browser posts them (no ajax on respondent pages). */
    private static final class Client {

        private final ClusterNodes cluster;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;

        Client(ClusterNodes cluster) {
            this.cluster = cluster;
            http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(cluster.url(path))).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(cluster.url(path))).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String username, String password) throws IOException, InterruptedException {
            String page = get("/signin.xhtml?lang=en").body();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("signin", "signin");
            form.put("signin:username", username);
            form.put("signin:password", password);
            form.put("signin:submit", "");
            form.put("jakarta.faces.ViewState", viewState(page));
            var answer = post("/signin.xhtml", form);
            assertFalse(answer.uri().getPath().startsWith("/signin"), "signed in: " + answer.uri());
        }

        /** Opens the link, consents, answers every page and submits; returns the answers each confirmed page carried. */
        Map<String, String> answerAll(String token, AtomicInteger confirmedFirstPage, List<String> placed)
                throws IOException, InterruptedException {
            String link = "/respond/answer.xhtml?t=" + token;
            String page = get(link + "&lang=en").body();
            assertTrue(page.contains("id=\"welcome\""), "the welcome page opens");
            var started = post("/respond/answer.xhtml", Map.of("consent-form", "consent-form", "t", token,
                    "consent-form:consent", "on", "consent-form:start", "", "jakarta.faces.ViewState", viewState(page)));
            page = started.body();
            Map<String, String> confirmed = new LinkedHashMap<>();
            boolean counted = false;
            for (int step = 0; step < 20 && !page.contains("id=\"done\""); step++) {
                assertTrue(page.contains("id=\"answers\""), "an answers page: " + started.statusCode());
                Map<String, String> form = new LinkedHashMap<>();
                form.put("answers", "answers");
                form.put("t", token);
                form.put("jakarta.faces.ViewState", viewState(page));
                Map<String, String> onPage = new LinkedHashMap<>();
                Set<String> items = new LinkedHashSet<>();
                Matcher radio = ITEM.matcher(page);
                while (radio.find()) {
                    if (items.add(radio.group(1))) {
                        String value = String.valueOf(1 + Math.floorMod((radio.group(1) + token).hashCode(), 5));
                        onPage.put(radio.group(1), value);
                    }
                }
                form.putAll(onPage);
                boolean review = page.contains("id=\"answers:submit\"");
                form.put(review ? "answers:submit" : "answers:next", "");
                for (String hidden : List.of("rescue-t", "rescue-assessment", "rescue-page")) {
                    Matcher value = Pattern.compile("name=\"" + hidden + "\" value=\"([^\"]*)\"").matcher(page);
                    if (value.find()) {
                        form.put(hidden, value.group(1));
                    }
                }
                var answer = post("/respond/answer.xhtml", form);
                assertEquals(200, answer.statusCode(), "a page step");
                confirmed.putAll(onPage);
                if (!counted) {
                    placed.add(cookie("concord-instance"));
                    confirmedFirstPage.incrementAndGet();
                    counted = true;
                    Thread.sleep(3000);
                }
                page = answer.body();
            }
            assertTrue(page.contains("id=\"done\""), "the respondent finished");
            return confirmed;
        }

        private static String viewState(String page) {
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
            assertTrue(state.find(), "a Faces form");
            return state.group(1);
        }
    }
}
