package org.concord.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The export benchmark: writes N synthetic submitted questionnaires (default 100,000
 * respondents x 60 items + 7 scale scores, plus 5 identifying columns: 72 columns a row) with
 * Concord's writer, POI's SXSSF (defaults), fastexcel and plain CSV, after a small warm-up
 * round, and prints each one's time, cells per second and ratio to CSV. Then it runs Concord's
 * writer again in a forked JVM with a 64 MB heap, to show that the export's memory does not
 * grow with its rows. Speed is measured here, never asserted in tests.
 * <pre>
 * mvn -q -Pbench test-compile exec:exec@writers [-Dbench.respondents=100000]
 * </pre>
 * Options: {@code --respondents N}, {@code --only NAME} (concord, sxssf, fastexcel, csv),
 * {@code --no-warm-up}, {@code --no-fork}, {@code --out FOLDER} (default target/bench).
 */
public final class ExportBenchmark {

    private static final int COLUMNS = RawLayout.FIXED_COLUMNS + 67;
    private static final int WARM_UP_RESPONDENTS = 5_000;
    static final String SMALL_HEAP = "-Xmx64m";

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int respondents = 100_000;
        String only = null;
        boolean warmUp = true;
        boolean fork = true;
        Path out = Path.of("target", "bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--respondents" -> respondents = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
                case "--only" -> only = args[++i];
                case "--no-warm-up" -> warmUp = false;
                case "--no-fork" -> fork = false;
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(out);
        List<BenchWriter> writers = new ArrayList<>(List.of(new CsvBench(), new ConcordBench(), new FastexcelBench(),
                new SxssfBench()));
        if (only != null) {
            String wanted = only.toLowerCase(Locale.ROOT);
            writers.removeIf(w -> !w.getClass().getSimpleName().toLowerCase(Locale.ROOT).startsWith(wanted));
        }
        System.out.printf(Locale.ROOT, "export benchmark: %,d respondents x %d columns (60 items + 7 scores + 5 ids) = %,d cells;"
                        + " Java %s, %d cores, max heap %d MB%n", respondents, COLUMNS, (long) respondents * COLUMNS,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        if (warmUp) {
            for (BenchWriter writer : writers) {
                writer.write(out.resolve("warm-up." + writer.extension()), WARM_UP_RESPONDENTS);
            }
        }
        double csvSeconds = Double.NaN;
        for (BenchWriter writer : writers) {
            Path file = out.resolve(writer.getClass().getSimpleName().replace("Bench", "").toLowerCase(Locale.ROOT)
                    + "." + writer.extension());
            System.gc();
            long started = System.nanoTime();
            writer.write(file, respondents);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (writer instanceof CsvBench) {
                csvSeconds = seconds;
            }
            String ratio = Double.isNaN(csvSeconds) ? "     - x CSV"
                    : String.format(Locale.ROOT, "%6.1f x CSV", seconds / csvSeconds);
            System.out.printf(Locale.ROOT, "%-22s %7.2f s  %,12.0f cells/s  %s  %7.1f MB  %s%n", writer.name(), seconds,
                    respondents * (double) COLUMNS / seconds, ratio, Files.size(file) / 1e6, file);
        }
        if (!fork) {
            System.out.printf(Locale.ROOT, "peak heap used: %.1f MB of %d MB%n", peakHeap() / 1e6,
                    Runtime.getRuntime().maxMemory() >> 20);
            return;
        }
        smallHeap(respondents, out);
    }

    /** Runs Concord's writer alone in a JVM with a 64 MB heap, and reports whether it completed. */
    private static void smallHeap(int respondents, Path out) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), SMALL_HEAP,
                "-cp", System.getProperty("java.class.path"), ExportBenchmark.class.getName(),
                "--respondents", String.valueOf(respondents), "--only", "concord", "--no-warm-up", "--no-fork",
                "--out", out.resolve("small-heap").toString());
        System.out.printf(Locale.ROOT, "Concord's writer in a forked JVM with %s:%n", SMALL_HEAP);
        Process process = new ProcessBuilder(command).inheritIO().start();
        int exit = process.waitFor();
        System.out.println(exit == 0 ? "64 MB heap: completed, " + String.format(Locale.ROOT, "%,d", respondents) + " respondents"
                : "64 MB heap: FAILED (exit " + exit + ")");
        if (exit != 0) {
            System.exit(exit);
        }
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
