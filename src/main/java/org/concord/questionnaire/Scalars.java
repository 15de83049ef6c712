package org.concord.questionnaire;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns YAML value nodes into the text, whole numbers, numbers, booleans and lists a
 * questionnaire is made of, and says plainly when YAML read a value as something else: a number
 * where text is expected, quoted text where a number is, {@code No} read as a boolean. Every
 * method reports its problem and returns null, so callers just skip what is missing.
 */
final class Scalars {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9][0-9_]*)?(\\.[0-9_]*)?([eE][-+]?[0-9]+)?");

    private Scalars() {
    }

    static String what(String where, String name) {
        if (where.isEmpty()) {
            return name.isEmpty() ? "the file" : name;
        }
        return name.isEmpty() ? where : where + " " + name;
    }

    /** Text: a non-blank string. */
    static String string(Node node, String what, Problems problems) {
        if (isNull(node)) {
            problems.at(node, what + " is empty; write the text");
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problems.at(node, what + " must be text, not " + describe(node));
            return null;
        }
        Tag tag = node.getTag();
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.BOOL) || tag.equals(Tag.TIMESTAMP)) {
            problems.at(node, what + " must be text, but YAML reads " + describe(node) + "; quote it: \""
                    + scalar.getValue() + "\"");
            return null;
        }
        if (scalar.getValue().isBlank()) {
            problems.at(node, what + " is empty; write the text");
            return null;
        }
        return scalar.getValue();
    }

    /** A whole number written in plain decimals. */
    static Integer integer(Node node, String what, Problems problems) {
        if (!numeric(node, what, "a whole number", problems)) {
            return null;
        }
        String value = ((ScalarNode) node).getValue().replace("_", "");
        if (!node.getTag().equals(Tag.INT) || !DECIMAL.matcher(value).matches()) {
            problems.at(node, what + " must be a whole number, not " + ((ScalarNode) node).getValue()
                    + "; write a whole number in plain digits");
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.at(node, what + " " + value + " is too large; write a number below 2147483648");
            return null;
        }
    }

    /** A finite number, whole or decimal. */
    static Double number(Node node, String what, Problems problems) {
        if (!numeric(node, what, "a number", problems)) {
            return null;
        }
        String value = ((ScalarNode) node).getValue().replace("_", "");
        if (!NUMBER.matcher(value).matches() || !value.matches(".*[0-9].*")) {
            problems.at(node, what + " must be a finite number, not " + ((ScalarNode) node).getValue()
                    + "; write a number in plain digits, like 2.5");
            return null;
        }
        return Double.valueOf(value);
    }

    private static boolean numeric(Node node, String what, String expected, Problems problems) {
        if (isNull(node)) {
            problems.at(node, what + " is empty; write " + expected);
            return false;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problems.at(node, what + " must be " + expected + ", not " + describe(node));
            return false;
        }
        Tag tag = node.getTag();
        if (tag.equals(Tag.STR) && NUMBER.matcher(scalar.getValue().strip()).matches()
                && !scalar.getValue().isBlank() && scalar.getValue().matches(".*[0-9].*")) {
            problems.at(node, what + " must be " + expected + ", not the text \"" + scalar.getValue()
                    + "\"; remove the quotes");
            return false;
        }
        if (!tag.equals(Tag.INT) && !tag.equals(Tag.FLOAT)) {
            problems.at(node, what + " must be " + expected + ", not " + describe(node));
            return false;
        }
        return true;
    }

    /** A boolean: true or false (YAML also reads yes/no and on/off as booleans). */
    static Boolean bool(Node node, String what, Problems problems) {
        if (node instanceof ScalarNode scalar && node.getTag().equals(Tag.BOOL)) {
            String value = scalar.getValue().toLowerCase(Locale.ROOT);
            return value.equals("true") || value.equals("yes") || value.equals("on");
        }
        problems.at(node, what + " must be true or false, not " + describe(node));
        return null;
    }

    /** The entries of a list; an empty list is returned as such. */
    static List<Node> list(Node node, String what, Problems problems) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.at(node, what + " must be a list (one entry per line, each starting with '- '), not "
                + describe(node));
        return null;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /** How a node reads to an author: "the number 3", "the text 'abc'", "a list". */
    static String describe(Node node) {
        if (node == null || isNull(node)) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        String value = ((ScalarNode) node).getValue();
        Tag tag = node.getTag();
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "the number " + value;
        }
        if (tag.equals(Tag.BOOL)) {
            return "'" + value + "' as a boolean (as it does yes, no, on, off, true and false)";
        }
        if (tag.equals(Tag.TIMESTAMP)) {
            return "'" + value + "' as a date";
        }
        return "the text '" + value + "'";
    }
}
