package org.concord.report;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;

/**
 * The raw export end to end: N submitted coordination-maturity questionnaires (default
 * 100,000) seeded into an embedded PostgreSQL, then exported three times by the real job code
 * (a {@link ReportJob} running {@link RawDataExport}, listing the file in the archive as the
 * Reports page does), and, in the same run, the same rows written three times by the writer
 * alone (rows from memory, as {@link ConcordBench}), and the rows read alone by today's reader
 * and by the one before it ({@link LegacyRawRowReader}). The database is vacuumed and analysed
 * after seeding, as a database in use would be. It prints each median, the job's ratio to the
 * writer alone and the peak heap, and the CPU time the job and the writer used (this JVM and
 * the PostgreSQL it started, {@link CpuTime}: on a machine shared with other work, the figure
 * that the others' load changes least), and checks that every job exported every row. Speed is measured here, never
 * asserted in tests.
 * <pre>
 * mvn -q -Pbench test-compile exec:exec@raw-export [-Dbench.respondents=100000]   (alone)
 * mvn -Pbench verify                                                      (every benchmark)
 * </pre>
 */
public final class RawExportJobBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");
    private static final int RUNS = 3;

    private RawExportJobBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int respondents = 100_000;
        Path out = Path.of("target", "bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--respondents" -> respondents = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Questionnaire maturity = QuestionnaireLoader.loadFolder(Path.of("questionnaires"))
                .latest("coordination-maturity").orElseThrow();
        Path folder = Files.createDirectories(out.resolve("raw-export"));
        System.out.printf(Locale.ROOT, "raw export end to end: %,d submitted %s (%d items, %d scales) on embedded PostgreSQL;"
                        + " Java %s, %d cores, max heap %d MB%n", respondents, maturity.key(), maturity.items().size(),
                maturity.scales().size(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        long seeding = System.nanoTime();
        DataSource dataSource = TestDatabase.POSTGRESQL.fresh();
        Synthetic.insert(dataSource, maturity, respondents);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE");
        }
        System.out.printf(Locale.ROOT, "seeded in %.1f s%n", (System.nanoTime() - seeding) / 1e9);

        CpuTime cpuTime = CpuTime.of(dataSource);
        double[] job = new double[RUNS];
        double[] writer = new double[RUNS];
        double[] jobCpu = new double[RUNS];
        double[] writerCpu = new double[RUNS];
        double[] reading = new double[RUNS];
        double[] oldReading = new double[RUNS];
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        exportOnce(dataSource, maturity, clock, folder.resolve("warm-up"), respondents, cpuTime);
        writeAlone(maturity, folder.resolve("warm-up.xlsx"), Math.min(respondents, 5_000));
        for (int run = 0; run < RUNS; run++) {
            System.gc();
            double[] timed = exportOnce(dataSource, maturity, clock, folder.resolve("job-" + run), respondents, cpuTime);
            job[run] = timed[0];
            jobCpu[run] = timed[1];
            System.gc();
            double cpu = cpuTime.seconds();
            writer[run] = writeAlone(maturity, folder.resolve("writer-" + run + ".xlsx"), respondents);
            writerCpu[run] = cpuTime.seconds() - cpu;
            reading[run] = readAlone(dataSource, maturity, respondents, false);
            oldReading[run] = readAlone(dataSource, maturity, respondents, true);
            System.out.printf(Locale.ROOT, "run %d: job %.2f s, writer alone %.2f s, reading alone %.2f s"
                    + " (the reader before: %.2f s); CPU used: job %.2f s, writer alone %.2f s%n", run + 1, job[run],
                    writer[run], reading[run], oldReading[run], jobCpu[run], writerCpu[run]);
        }
        double jobMedian = median(job);
        double writerMedian = median(writer);
        System.out.printf(Locale.ROOT, "median of %d: job %.2f s, writer alone %.2f s, job / writer %.2f; reading alone %.2f s"
                        + " (the reader before: %.2f s); peak heap used %.0f MB%n", RUNS, jobMedian, writerMedian,
                jobMedian / writerMedian, median(reading), median(oldReading), peakHeap() / 1e6);
        System.out.printf(Locale.ROOT, "median of %d, CPU used (this JVM and PostgreSQL, all cores): job %.2f s, writer alone"
                + " %.2f s, job / writer %.2f; load average %.1f%n", RUNS, median(jobCpu), median(writerCpu),
                median(jobCpu) / median(writerCpu), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * One raw export by the job, as the Reports page starts it (the archive is the CDI bean, with
     * {@code concord.reports} set to {@code folder}; the container and its persistence unit start before the
     * timing, as they have in a running server); returns its seconds
     * on the wall and on the CPU.
     */
    private static double[] exportOnce(DataSource dataSource, Questionnaire questionnaire, Clock clock,
                                        Path folder, int respondents, CpuTime cpuTime) throws Exception {
        Files.createDirectories(folder);
        ReportJob job;
        double seconds;
        double cpu;
        try (Container container = new Container(dataSource, clock, Map.of("concord.reports", folder.toString()))) {
            ReportArchive archive = container.get(ReportArchive.class);
            archive.find(-1L); // the persistence unit starts before the timing, as it has in a running server
            double cpuStarted = cpuTime.seconds();
            long started = System.nanoTime();
            job = new ReportJob(new ReportJob.Request(questionnaire, null, "Raw export", Locale.ENGLISH, "hr"),
                    new RawDataExport(dataSource, clock), archive, clock);
            job.run();
            seconds = (System.nanoTime() - started) / 1e9;
            cpu = cpuTime.seconds() - cpuStarted;
        }
        if (job.state() != ReportJob.State.DONE) {
            throw new IllegalStateException("the export job ended " + job.state());
        }
        try (var files = Files.list(folder)) {
            List<Path> written = files.toList();
            long rows = countRows(written.get(0));
            if (written.size() != 1 || rows != respondents) {
                throw new IllegalStateException("expected one file of " + respondents + " rows, found " + written + " with " + rows);
            }
            Files.delete(written.get(0));
        }
        return new double[] {seconds, cpu};
    }

    private static long countRows(Path file) throws Exception {
        long[] rows = {0};
        BigSheetReader.read(file, (row, cells) -> rows[0] = Math.max(rows[0], row));
        return rows[0];
    }

    /** The same number of rows written by the export's sheet and codebook code alone; returns its seconds. */
    private static double writeAlone(Questionnaire questionnaire, Path file, int respondents) throws Exception {
        long started = System.nanoTime();
        RawLayout layout = new RawLayout(questionnaire);
        try (OutputStream out = Files.newOutputStream(file); XlsxWriter xlsx = new XlsxWriter(out)) {
            RawSheet sheet = new RawSheet(xlsx, layout, ReportTexts.of(Locale.ENGLISH));
            RawRow row = new RawRow(layout.valueCount());
            for (int r = 0; r < respondents; r++) {
                sheet.write(Synthetic.fill(row, r, layout.itemCount()));
            }
            Codebook.write(xlsx, questionnaire, ReportTexts.of(Locale.ENGLISH), new RawSelection(List.of(), java.util.Map.of()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Files.delete(file);
        return seconds;
    }

    /** The rows read and dropped, by today's reader or by the one before ({@link LegacyRawRowReader}); returns seconds. */
    private static double readAlone(DataSource dataSource, Questionnaire questionnaire, int respondents, boolean before)
            throws Exception {
        RawLayout layout = new RawLayout(questionnaire);
        long started = System.nanoTime();
        RawSelection selection = new RawRowReader(dataSource).select(layout, null, NOW.atZone(ZoneOffset.UTC).toLocalDate());
        long[] seen = {0};
        long rows = before
                ? new LegacyRawRowReader(dataSource, new java.security.SecureRandom()).read(layout, null, selection, row -> seen[0]++)
                : new RawRowReader(dataSource).read(layout, null, selection, row -> seen[0]++);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (rows != respondents || seen[0] != respondents) {
            throw new IllegalStateException("read " + seen[0] + " rows of " + respondents);
        }
        return seconds;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
