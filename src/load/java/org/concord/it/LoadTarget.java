package org.concord.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * The Concord the load benchmark sends its users to ({@code -Dload.instances}): one Payara Micro
 * with its H2 database, as the browser tests start it ({@link ConcordServer}), or two instances
 * forming one data grid on one embedded PostgreSQL behind HAProxy ({@link ClusterNodes}). Either
 * way it gives the address every request goes to, the database the fixtures are written into and
 * checked in after the run, and a line saying what runs where. Both get the server options of
 * the run ({@code concord.itServerOptions}).
 */
interface LoadTarget {

    /** The address of {@code path} (the balancer's, on two instances). */
    String url(String path);

    /** A connection to Concord's database. */
    Connection database() throws SQLException;

    /** How many Concord instances serve the requests. */
    int instances();

    /** What runs where: process ids and addresses, for the log. */
    String description();

    /** Stops what this target started for the run (the single server is stopped when the JVM ends). */
    void stop();

    /** Starts the target of {@code instances} instances (1 or 2) and returns once it answers. */
    static LoadTarget start(int instances) {
        return switch (instances) {
            case 1 -> new OneServer(ConcordServer.get());
            case 2 -> Cluster.start(serverOptions());
            default -> throw new IllegalArgumentException("load.instances must be 1 or 2, not " + instances);
        };
    }

    /** The JVM options the run gives every instance (the load profile's {@code load.serverOptions}). */
    private static List<String> serverOptions() {
        return Arrays.stream(System.getProperty("concord.itServerOptions", "").trim().split("\\s+"))
                .filter(option -> !option.isEmpty()).toList();
    }

    /** One Payara Micro on H2, the browser tests' server. */
    record OneServer(ConcordServer server) implements LoadTarget {

        @Override
        public String url(String path) {
            return server.url(path);
        }

        @Override
        public Connection database() throws SQLException {
            return server.database();
        }

        @Override
        public int instances() {
            return 1;
        }

        @Override
        public String description() {
            return "Concord runs as process " + server.pid() + " at " + server.url("/");
        }

        @Override
        public void stop() {
            // ConcordServer stops its server when the JVM ends
        }
    }

    /**
     * Two instances on one embedded PostgreSQL behind HAProxy. The first is started and ready
     * before the second starts, so that only the first fills the empty database with the demo
     * (an instance creates the demo only in an empty database).
     */
    record Cluster(ClusterNodes nodes) implements LoadTarget {

        static Cluster start(List<String> options) {
            try {
                ClusterNodes nodes = new ClusterNodes(options);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        nodes.close();
                    } catch (IOException ignored) {
                        // the JVM is ending anyway
                    }
                }));
                nodes.start(0);
                nodes.start(1);
                nodes.startBalancer();
                return new Cluster(nodes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot start the cluster's PostgreSQL", e);
            }
        }

        @Override
        public String url(String path) {
            return nodes.url(path);
        }

        @Override
        public Connection database() throws SQLException {
            return nodes.database();
        }

        @Override
        public int instances() {
            return 2;
        }

        @Override
        public String description() {
            return "Concord runs as processes " + nodes.pid(0) + " and " + nodes.pid(1) + " behind HAProxy at " + url("/")
                    + " (their logs and the balancer's in " + nodes.home + ")";
        }

        @Override
        public void stop() {
            try {
                nodes.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
