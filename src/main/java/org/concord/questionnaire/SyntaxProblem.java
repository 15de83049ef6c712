package org.concord.questionnaire;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a YAML syntax error into a problem at the line where the parser gave up, with a hint
 * for the mistakes authors make most: an unquoted {@code key: -}, which YAML takes for the start
 * of a list, a question mark in an unquoted text inside {@code {...}}, and a text holding ": ".
 */
final class SyntaxProblem {

    private static final Pattern BARE_KEY = Pattern.compile("\\s*(-\\s+)?key:\\s*[-+]\\s*(#.*)?");

    private SyntaxProblem() {
    }

    static void report(MarkedYAMLException e, String text, Problems problems) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? 0 : mark.getLine() + 1;
        String source = line(text, line);
        if (BARE_KEY.matcher(source).matches()) {
            String symbol = source.contains("+") ? "+" : "-";
            problems.add(line, "YAML reads key: " + symbol + " without quotes as the start of a list; quote it: key: \""
                    + symbol + "\"");
            return;
        }
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.startsWith("Global tag is not allowed: ")) {
            String tag = problem.substring("Global tag is not allowed: ".length()).replace("tag:yaml.org,2002:", "!!");
            problems.add(line, "the YAML tag " + tag + " is not allowed; remove it and write a plain value");
            return;
        }
        if (problem.endsWith("but got ?")) {
            problems.add(line, "invalid YAML: inside {...} YAML ends a text at '?'; quote the text that holds it,"
                    + " like en: \"Why?\"");
            return;
        }
        StringBuilder message = new StringBuilder("invalid YAML: ");
        if (e.getContext() != null) {
            message.append(e.getContext()).append(", ");
        }
        message.append(e.getProblem() == null ? "unreadable" : e.getProblem().strip())
                .append("; check the indentation, the colons and the quotes on this line or the one above"
                        + " (quote any text that holds ': ', ' #', or inside {...} a comma, '?', '[' or '{')");
        problems.add(line, message.toString());
    }

    private static String line(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1].replace("\r", "") : "";
    }
}
