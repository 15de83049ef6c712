package org.concord.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time used so far by this JVM and by the PostgreSQL server of a data source (the
 * server and its backends, ended ones included), for the export benchmark: on a machine shared
 * with other work, time on the CPU says what a piece of work costs better than the clock on the
 * wall. Linux only (it reads {@code /proc}); elsewhere the JVM's alone.
 */
final class CpuTime {

    /** Clock ticks per second of {@code /proc}'s times (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    private final long server;

    private CpuTime(long server) {
        this.server = server;
    }

    /** For the PostgreSQL server behind {@code dataSource} (the parent of a backend it serves). */
    static CpuTime of(javax.sql.DataSource dataSource) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection(); var query = connection.createStatement();
             var result = query.executeQuery("SELECT pg_backend_pid()")) {
            result.next();
            return new CpuTime(ProcessHandle.of(result.getLong(1)).flatMap(ProcessHandle::parent)
                    .map(ProcessHandle::pid).orElse(-1L));
        }
    }

    double seconds() {
        double seconds = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        seconds += ticks(server) / TICKS;
        for (ProcessHandle process : ProcessHandle.of(server).map(p -> p.children().toList()).orElse(java.util.List.of())) {
            seconds += ticks(process.pid()) / TICKS;
        }
        return seconds;
    }

    /** utime + stime + cutime + cstime of one process (its own time and its ended children's); 0 when gone. */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 3 of proc(5), so utime (14) is index 11 here
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
