package org.concord.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The command-line tool authors and analysts run without a server ({@code target/concord-cli.jar}):
 * {@code validate} checks questionnaire files, {@code score} scores a CSV of answers and prints
 * JSON, {@code bench} measures how fast the scoring engine runs. It holds only the pure-Java
 * packages, so what it says is exactly what the server computes.
 */
public final class ConcordCli {

    private ConcordCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs one command and returns its exit code: 0 done, 1 the input has problems, 2 usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return usage(err);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "validate" -> ValidateCommand.run(rest, out, err);
            case "score" -> ScoreCommand.run(rest, out, err);
            case "bench" -> BenchCommand.run(rest, out, err);
            default -> usage(err);
        };
    }

    static int usage(PrintStream err) {
        err.println("usage: java -jar concord-cli.jar validate <folder or file>...");
        err.println("       java -jar concord-cli.jar score --questionnaire FILE --answers FILE.csv");
        err.println("       java -jar concord-cli.jar bench [--respondents N] [--items K]");
        return 2;
    }
}
