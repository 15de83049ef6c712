package org.concord.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit made through Concord's data source is on disk when it returns: a child JVM commits
 * a row through {@link ConfiguredDataSource} and says so, and is killed with SIGKILL the moment
 * it does; the row is there afterwards, five times in a row (H2's default delay is 500 ms, so
 * a delayed write would be lost). PostgreSQL connections commit synchronously even when the
 * database's default says otherwise.
 */
class DurableCommitTest {

    @TempDir
    Path folder;

    @Test
    void h2UrlsWriteEveryCommitAtOnce() {
        assertEquals("jdbc:h2:~/x;AUTO_SERVER=TRUE;WRITE_DELAY=0", DurableUrl.of("jdbc:h2:~/x;AUTO_SERVER=TRUE"));
        assertEquals("jdbc:h2:~/x;WRITE_DELAY=0", DurableUrl.of("jdbc:h2:~/x;write_delay=2000"));
        assertEquals("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1;WRITE_DELAY=0", DurableUrl.of("jdbc:h2:mem:x;WRITE_DELAY=500;DB_CLOSE_DELAY=-1"));
        assertEquals("jdbc:postgresql://db/concord", DurableUrl.of("jdbc:postgresql://db/concord"));
    }

    @Test
    void aConfirmedCommitSurvivesKillNine() throws Exception {
        String url = "jdbc:h2:" + folder.resolve("db/concord") + ";AUTO_SERVER=TRUE";
        try (Connection db = DriverManager.getConnection(url, "", "")) {
            db.createStatement().execute("CREATE TABLE saved (n INT PRIMARY KEY)");
        }
        for (int round = 1; round <= 5; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dconcord.db.url=" + url,
                    // the test's MicroProfile Config (SmallRye) logs through java.util.logging, not to this output
                    "-Dorg.jboss.logging.provider=jdk",
                    CommitThenWait.class.getName(), String.valueOf(round))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("committed " + round, out.readLine());
                child.destroyForcibly();
            }
            child.waitFor();
            try (Connection db = DriverManager.getConnection(url, "", "");
                 ResultSet count = db.createStatement().executeQuery("SELECT COUNT(*) FROM saved")) {
                count.next();
                assertEquals(round, count.getInt(1), "round " + round);
            }
        }
    }

    @Test
    void postgresConnectionsCommitSynchronously() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        try {
            try (Connection admin = server.getPostgresDatabase().getConnection()) {
                admin.createStatement().execute("ALTER DATABASE postgres SET synchronous_commit TO off");
            }
            System.setProperty("concord.db.url", server.getJdbcUrl("postgres", "postgres"));
            System.setProperty("concord.db.user", "postgres");
            try (Connection db = new ConfiguredDataSource().getConnection();
                 ResultSet setting = db.createStatement().executeQuery("SHOW synchronous_commit")) {
                setting.next();
                assertEquals("on", setting.getString(1));
            }
        } finally {
            System.clearProperty("concord.db.url");
            System.clearProperty("concord.db.user");
            server.close();
        }
    }

    /** The child: commits one row through Concord's data source, says so, and waits to be killed. */
    public static final class CommitThenWait {
        public static void main(String[] args) throws Exception {
            try (Connection db = new ConfiguredDataSource().getConnection(); Statement insert = db.createStatement()) {
                db.setAutoCommit(false);
                insert.execute("INSERT INTO saved VALUES (" + Integer.parseInt(args[0]) + ")");
                db.commit();
                System.out.println("committed " + args[0]);
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }
}
