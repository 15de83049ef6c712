package org.concord.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.concord.security.PlatformPasswords;
import org.concord.security.Role;

/**
 * The real Concord for the browser tests: the built WAR on Payara Micro, with its own H2 file
 * database and report folder, started once for the whole browser suite (the first test that
 * asks starts it; the JVM's end stops it). Tests read what Concord stored through
 * {@link #database()}, and may {@link #restart()} it to prove that nothing is lost. A real
 * OpenID Connect provider ({@link #provider()}) is started first, and Concord's single sign-on
 * is configured to trust it, unless {@code concord.itSingleSignOn} is false (the load benchmark:
 * Gatling's classpath cannot take the provider's Jackson, and no respondent signs in).
 */
public final class ConcordServer {

    private static final Logger LOG = Logger.getLogger(ConcordServer.class.getName());
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    /** MicroProfile Health's readiness, served by Payara Micro. */
    private static final String READY = "/health/ready";
    private static ConcordServer instance;

    private final Path home;
    private final Path log;
    private final int port;
    private final int smtpPort;
    private final MockOAuth2Server provider;
    private Process process;

    private ConcordServer() throws IOException {
        home = Files.createTempDirectory("concord-it");
        log = Path.of(System.getProperty("concord.itLog", "target/payara-it.log")).toAbsolutePath();
        port = freePort();
        smtpPort = freePort();
        Files.deleteIfExists(log);
        copyQuestionnaires();
        if (Boolean.parseBoolean(System.getProperty("concord.itSingleSignOn", "true"))) {
            provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));
            provider.start();
        } else {
            provider = null;
        }
    }

    /** The running server, started on first use. */
    public static synchronized ConcordServer get() {
        if (instance == null) {
            try {
                instance = new ConcordServer();
                instance.start();
                Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
                if (instance.provider != null) {
                    Runtime.getRuntime().addShutdownHook(new Thread(instance.provider::shutdown));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Everything the server has logged since the suite began. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connection to the server's own database (H2 lets a second process in while it runs). */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "", "");
    }

    /**
     * Creates an account directly in the server's database, with {@code password} hashed as
     * Concord hashes it and nothing to change at sign-in, for tests that need a signed-in role.
     * Its id is a whole block of the account sequence, so it never meets an id Concord hands out.
     */
    public void createAccount(String username, String password, Role... roles) {
        try (Connection db = database()) {
            createAccount(db, username, password, roles);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create account " + username, e);
        }
    }

    /**
     * The OpenID Connect provider Concord's single sign-on trusts (started before Concord): its
     * login page takes any user name and the claims typed with it; Concord reads its groups from
     * {@value #ROLES_CLAIM}.
     */
    public MockOAuth2Server provider() {
        return provider;
    }

    /** The claim of the test provider's tokens that carries Concord's groups. */
    public static final String ROLES_CLAIM = "concord_roles";

    /** The local address the server takes for a load balancer's (concord.trustedProxies): tests connect from it to act as one. */
    public static final String BALANCER = "127.0.0.9";

    /** The issuer Concord is given: the test provider's, under its own issuer id. */
    public String issuer() {
        return provider.issuerUrl("concord").toString();
    }

    /** {@link #createAccount(String, String, Role...)} through an open connection to a Concord database (H2 or PostgreSQL). */
    public static void createAccount(Connection db, String username, String password, Role... roles) throws SQLException {
        long id = Sequences.next(db, "account_seq");
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO account (id, username, display_name, "
                + "password_hash, must_change_password, created_at, version) "
                + "VALUES (?, ?, ?, ?, FALSE, CURRENT_TIMESTAMP, 1)")) {
            insert.setLong(1, id);
            insert.setString(2, username);
            insert.setString(3, "Test " + username);
            insert.setString(4, PlatformPasswords.hash(password));
            insert.executeUpdate();
        }
        for (Role role : roles) {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, role.name());
                insert.executeUpdate();
            }
        }
    }

    /** The process id of the running Payara Micro (for jcmd and JFR). */
    public long pid() {
        return process.pid();
    }

    /** The port of the mail server Concord sends to; nothing listens there unless a test starts one. */
    public int smtpPort() {
        return smtpPort;
    }

    public Path reports() {
        return home.resolve("reports");
    }

    /** Stops the server and starts it again on the same database, as after a crash or an upgrade. */
    public synchronized void restart() {
        stop();
        start();
    }

    /**
     * Kills the server at once with SIGKILL (no shutdown of any kind, as a power cut or the
     * kernel's OOM killer would), then starts it again on the same database and report folder.
     */
    public synchronized void killAndRestart() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        start();
    }

    /** The questionnaire folder Concord serves: the shipped files plus {@value #BROKEN_FILE}. */
    public Path questionnaires() {
        return home.resolve("questionnaires");
    }

    /** A broken questionnaire file the server is given, to show that it does not stop the others. */
    public static final String BROKEN_FILE = "unknown-scale.v1.yaml";

    private void copyQuestionnaires() throws IOException {
        Files.createDirectories(questionnaires());
        try (var shipped = Files.newDirectoryStream(Path.of("questionnaires"), "*.yaml")) {
            for (Path file : shipped) {
                Files.copy(file, questionnaires().resolve(file.getFileName()));
            }
        }
        Files.copy(Path.of("src/test/resources/questionnaires/broken", BROKEN_FILE), questionnaires().resolve(BROKEN_FILE));
    }

    private String jdbcUrl() {
        return "jdbc:h2:" + home.resolve("db/concord") + ";AUTO_SERVER=TRUE";
    }

    private void start() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m"));
        // extra JVM options for the server, e.g. the load benchmark's heap and demo data (later options win)
        for (String option : System.getProperty("concord.itServerOptions", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(List.of(
                "-Dconcord.db.url=" + jdbcUrl(),
                "-Dconcord.questionnaires=" + questionnaires(),
                "-Dconcord.reports=" + reports(),
                "-Dconcord.smtp.host=127.0.0.1",
                "-Dconcord.trustedProxies=" + BALANCER,
                "-Dconcord.smtp.port=" + smtpPort,
                "-Dconcord.smtp.from=hr@concord.test"));
        if (provider != null) {
            command.addAll(List.of(
                    "-Dconcord.oidc.issuer=" + issuer(),
                    "-Dconcord.oidc.clientId=concord-it",
                    "-Dconcord.oidc.clientSecret=it-secret",
                    "-Dconcord.oidc.name=Test ID",
                    "-Dconcord.oidc.rolesClaim=" + ROLES_CLAIM,
                    "-Dconcord.oidc.roles=concord-admins:ADMIN,concord-hr:HR,concord-recruiters:RECRUITER,concord-managers:MANAGER"));
        }
        command.addAll(List.of(
                "-jar", required("concord.payaraMicro"),
                "--nocluster", "--port", String.valueOf(port), "--contextroot", "/",
                "--prebootcommandfile", Path.of("src/main/payara/preboot.asadmin").toAbsolutePath().toString(),
                "--deploy", required("concord.war")));
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Payara Micro", e);
        }
        waitUntilHealthy();
    }

    private void waitUntilHealthy() {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Instant started = Instant.now();
        String lastAnswer = "none";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped while starting; see " + log);
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(url(READY)))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                lastAnswer = "HTTP " + response.statusCode() + " " + response.body();
                // ready means Concord's own database check answered, not merely a server with no checks yet
                if (response.statusCode() == 200 && response.body().contains("\"database\"")) {
                    LOG.info(() -> "Concord is up at " + url("/") + " after "
                            + Duration.between(started, Instant.now()).toSeconds() + " s");
                    return;
                }
            } catch (IOException notYet) {
                lastAnswer = notYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        stop();
        throw new IllegalStateException("Concord did not become healthy within " + START_TIMEOUT
                + " (last answer of " + READY + ": " + lastAnswer + "); see " + log);
    }

    private synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("system property " + property + " must name a file (run through `mvn verify`): " + value);
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
