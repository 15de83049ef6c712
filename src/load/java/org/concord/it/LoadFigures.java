package org.concord.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the figures of the last load benchmark run ({@code mvn -Pload verify}) from Gatling's
 * report: the number of Concord instances and of respondents, page steps per second, p50/p95/p99 of a page step, errors, the same percentiles of the
 * static resource fetched under the same load and the ratio of the two p95s, with the date, the
 * machine's cores and its load average; and appends them as a README table row to
 * {@code target/gatling/figures.md} (under the table's heading when the file is new), so that
 * runs on one and on two instances sit side by side; it fails (exit 1) when the simulation's database check did
 * not say "ok". It reads the statistics table of the report's index page
 * (Gatling 3.14 writes no JSON of them). Nothing here judges the figures.
 */
public final class LoadFigures {

    /** One line of Gatling's statistics table: count, ok, ko, rate, then min, p50, p75, p95, p99, max. */
    record Line(long total, long ko, double perSecond, long p50, long p95, long p99) {
    }

    private static final String HEADING = "| date | instances | respondents | page steps/s | step p50 ms | step p95 ms | step p99 ms"
            + " | errors | static p50 ms | static p95 ms | static p99 ms | p95 step / static | machine |";
    private static final String HEADING_RULE = "|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    private LoadFigures() {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        String respondents = args[1];
        String instances = args[2];
        Path run;
        try (Stream<Path> runs = Files.list(results)) {
            run = runs.filter(Files::isDirectory).max(Comparator.comparing(Path::getFileName))
                    .orElseThrow(() -> new IllegalStateException("no Gatling run in " + results));
        }
        Path check = results.resolve(RespondentLoadSimulation.DATABASE_CHECK);
        String verdict = Files.exists(check) ? Files.readString(check) : "the database was not checked";
        System.out.println("Database check after the load: " + verdict);
        String html = Files.readString(run.resolve("index.html"));
        Line step = line(html, RespondentLoadSimulation.STEP);
        Line still = line(html, RespondentLoadSimulation.STATIC);
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        String row = String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %d | %d | %d | %d | %d | %d | %d | %.1f | %d cores, load %s |",
                LocalDate.now(), instances, respondents, step.perSecond(), step.p50(), step.p95(), step.p99(), step.ko() + still.ko(),
                still.p50(), still.p95(), still.p99(), (double) step.p95() / Math.max(1, still.p95()),
                Runtime.getRuntime().availableProcessors(), load);
        System.out.println("Load benchmark, " + run.getFileName() + ":");
        System.out.println(HEADING);
        System.out.println(row);
        Path figures = results.resolve("figures.md");
        String lines = Files.exists(figures) ? row : HEADING + System.lineSeparator() + HEADING_RULE + System.lineSeparator() + row;
        Files.writeString(figures, lines + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (!"ok".equals(verdict)) {
            System.exit(1);
        }
    }

    private static Line line(String html, String name) {
        Matcher row = Pattern.compile("class=\"ellipsed-name\">" + Pattern.quote(name) + "</span>(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        if (!row.find()) {
            throw new IllegalStateException("no statistics for " + name + " in the Gatling report");
        }
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<td class=\"value[^\"]*\">([^<]*)</td>").matcher(row.group(1));
        while (cell.find()) {
            cells.add(cell.group(1).replace(",", "").trim());
        }
        // total, ok, ko, ko %, per second, min, p50, p75, p95, p99, max, mean, sd
        return new Line(Long.parseLong(cells.get(0)), Long.parseLong(cells.get(2)), Double.parseDouble(cells.get(4)),
                Long.parseLong(cells.get(6)), Long.parseLong(cells.get(8)), Long.parseLong(cells.get(9)));
    }
}
