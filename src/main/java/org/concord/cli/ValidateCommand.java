package org.concord.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.LoadResult;
import org.concord.questionnaire.Problem;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;

/**
 * {@code validate <folder or file>...}: loads questionnaire files exactly as the server does and
 * prints each problem as {@code file:line: message} on the error stream, and one {@code ok} line
 * per sound file. All the files given form one catalog, so the same id and version in two folders
 * is caught too. Exit 0 when all is well, 1 when a file has a problem, 2 when the arguments name
 * nothing to validate.
 */
final class ValidateCommand {

    private static final String USAGE = "usage: java -jar concord-cli.jar validate <folder or file>...";

    private ValidateCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            String trouble = collect(Path.of(arg), files);
            if (trouble != null) {
                err.println("validate: " + arg + " " + trouble);
                err.println(USAGE);
                return 2;
            }
        }
        Catalog catalog = Catalog.of(files.stream().map(QuestionnaireLoader::loadFile).toList());
        for (LoadResult result : catalog.results()) {
            if (result.ok()) {
                out.println("ok  " + result.fileName() + " (" + summary(result.questionnaire()) + ")");
            } else {
                result.problems().forEach(problem -> err.println(problem));
            }
        }
        List<Problem> problems = catalog.problems();
        if (problems.isEmpty()) {
            return 0;
        }
        err.println(count(problems.size(), "problem") + " in " + count(catalog.broken().size(), "file")
                + " of " + catalog.results().size());
        return 1;
    }

    /** Adds the files an argument names; returns what is wrong with it, or null. */
    private static String collect(Path path, List<Path> files) {
        if (!Files.exists(path)) {
            return "does not exist";
        }
        if (!Files.isDirectory(path)) {
            files.add(path);
            return null;
        }
        try {
            List<Path> found = QuestionnaireLoader.files(path);
            if (found.isEmpty()) {
                return "holds no *.yaml or *.yml file: nothing to validate";
            }
            files.addAll(found);
            return null;
        } catch (IOException e) {
            return "cannot be listed (" + e.getMessage() + ")";
        }
    }

    private static String summary(Questionnaire questionnaire) {
        return count(questionnaire.scales().size(), "scale") + ", " + count(questionnaire.items().size(), "item");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
