package org.concord.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Two Concord instances on Payara Micro forming one data grid (TCP/IP discovery on the loopback,
 * backups kept on the other instance although both share an address), on one embedded
 * PostgreSQL, behind HAProxy run with the repository's configuration
 * ({@code src/main/cluster/haproxy.cfg}, its ports replaced by free ones). For {@link ClusterIT},
 * and for the load benchmark on two instances, which gives the instances JVM options of its own.
 */
final class ClusterNodes implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    final Path home;
    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;
    private final int balancerPort = freePort();
    private final int[] httpPorts = {freePort(), freePort()};
    private final int[] gridPorts = {freePort(), freePort()};
    private final Process[] nodes = new Process[2];
    private final List<String> options;
    private Process haproxy;

    ClusterNodes() throws IOException, SQLException {
        this(List.of());
    }

    /** A cluster whose instances get {@code options} (JVM options such as {@code -Xmx2g}) after their own, so those win. */
    ClusterNodes(List<String> options) throws IOException, SQLException {
        this.options = List.copyOf(options);
        home = Files.createTempDirectory("concord-cluster");
        postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE concord");
        }
        jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/concord";
        Files.createDirectories(home.resolve("reports"));
        Files.createDirectories(home.resolve("questionnaires"));
        try (var shipped = Files.newDirectoryStream(Path.of("questionnaires"), "*.yaml")) {
            for (Path file : shipped) {
                Files.copy(file, home.resolve("questionnaires").resolve(file.getFileName()));
            }
        }
    }

    /** Starts instance {@code i} (0 or 1) and waits until it is ready. */
    void start(int i) {
        String members = "127.0.0.1:" + gridPorts[0] + ",127.0.0.1:" + gridPorts[1];
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx600m"));
        command.addAll(options);
        command.addAll(List.of(
                "-Dconcord.db.url=" + jdbcUrl, "-Dconcord.db.user=postgres", "-Dconcord.db.password=",
                "-Dconcord.questionnaires=" + home.resolve("questionnaires"), "-Dconcord.reports=" + home.resolve("reports"),
                "-Dconcord.url=http://localhost:" + balancerPort + "/", "-Dconcord.trustedProxies=127.0.0.1",
                "-jar", required("concord.payaraMicro"),
                "--port", String.valueOf(httpPorts[i]), "--contextroot", "/", "--name", "node-" + i,
                "--clustername", "concord-it-" + balancerPort, "--clustermode", "tcpip:" + members,
                "--startport", String.valueOf(gridPorts[i]), "--interfaces", "127.0.0.1", "--nohostaware",
                "--prebootcommandfile", Path.of("src/main/payara/preboot.asadmin").toAbsolutePath().toString(),
                "--deploy", required("concord.war")));
        try {
            nodes[i] = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(home.resolve("node-" + i + ".log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        waitFor("http://127.0.0.1:" + httpPorts[i] + "/health/ready", nodes[i]);
    }

    /** Starts HAProxy with the repository's configuration and waits until it answers through to an instance. */
    void startBalancer() throws IOException {
        String config = Files.readString(Path.of("src/main/cluster/haproxy.cfg"))
                .replace("127.0.0.1:8080", "127.0.0.1:" + balancerPort)
                .replace("127.0.0.1:8081", "127.0.0.1:" + httpPorts[0])
                .replace("127.0.0.1:8082", "127.0.0.1:" + httpPorts[1]);
        Path file = home.resolve("haproxy.cfg");
        Files.writeString(file, config);
        haproxy = new ProcessBuilder("haproxy", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(home.resolve("haproxy.log").toFile()).start();
        waitFor(url("/health/ready"), haproxy);
    }

    String url(String path) {
        return "http://localhost:" + balancerPort + path;
    }

    /** Which instance a balancer cookie value ("a" or "b") names. */
    static int instanceOf(String cookie) {
        return "a".equals(cookie) ? 0 : 1;
    }

    /** Kills instance {@code i} as a crash would (SIGKILL). */
    void kill(int i) throws InterruptedException {
        nodes[i].destroyForcibly();
        nodes[i].waitFor(30, TimeUnit.SECONDS);
    }

    /** The process id of instance {@code i}'s Payara Micro (for jcmd and JFR). */
    long pid(int i) {
        return nodes[i].pid();
    }

    boolean alive(int i) {
        return nodes[i].isAlive();
    }

    Connection database() throws SQLException {
        return postgres.getDatabase("postgres", "concord").getConnection();
    }

    String log(int i) throws IOException {
        return Files.readString(home.resolve("node-" + i + ".log"));
    }

    @Override
    public void close() throws IOException {
        for (Process process : new Process[] {haproxy, nodes[0], nodes[1]}) {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
        postgres.close();
    }

    private static void waitFor(String url, Process process) {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("a process of the cluster stopped while starting (" + url + ")");
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"database\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(url + " was not ready within " + START_TIMEOUT);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("system property " + property + " must name a file (run through `mvn verify`): " + value);
        }
        return value;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
