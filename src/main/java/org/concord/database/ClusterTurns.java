package org.concord.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Makes a periodic pass (the hourly retention jobs) run once per cluster rather than once per
 * instance: every instance asks often, and the one whose turn it is takes it in
 * {@code cluster_turn} with one atomic statement, which only one instance can win for each
 * period (the row's time is moved on by the winner, so the others find it not due). If the
 * instance that ran last dies, the next one to ask once the period is over takes the turn: no
 * lock is held, so nothing waits for a dead instance. The row also counts the runs.
 */
@ApplicationScoped
public class ClusterTurns {

    @Resource(lookup = ConcordDatabase.JNDI_NAME)
    private DataSource dataSource;

    private final String instance = instanceName();

    protected ClusterTurns() {
        // for CDI
    }

    public ClusterTurns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** This instance's name in the cluster's records: host, process and a random part for each start. */
    public String instance() {
        return instance;
    }

    /**
     * Takes the turn of {@code task} when no instance has taken it in the {@code period} before
     * {@code now}; true when this instance must run it now.
     */
    public boolean take(String task, Duration period, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE cluster_turn SET taken_by = ?, taken_at = ?, "
                    + "runs = runs + 1 WHERE task = ? AND taken_at <= ?")) {
                update.setString(1, instance);
                update.setObject(2, now.atOffset(ZoneOffset.UTC));
                update.setString(3, task);
                update.setObject(4, now.minus(period).atOffset(ZoneOffset.UTC));
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO cluster_turn (task, taken_by, taken_at, runs) VALUES (?, ?, ?, 1)")) {
                insert.setString(1, task);
                insert.setString(2, instance);
                insert.setObject(3, now.atOffset(ZoneOffset.UTC));
                return insert.executeUpdate() == 1;
            } catch (SQLException taken) {
                if ("23505".equals(taken.getSQLState())) {
                    return false;
                }
                throw taken;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the turn of " + task, e);
        }
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "instance";
        }
        return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
