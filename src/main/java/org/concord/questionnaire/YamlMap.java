package org.concord.questionnaire;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read as the fields of one part of a questionnaire (the file, a scale, a
 * band...). It refuses what a typo would otherwise slip past: a field name given twice, a field
 * the format does not know (suggesting the one that was probably meant), a field name that is not
 * text. {@code where} names the part in messages ("scale 'trust'"); empty for the file itself.
 */
final class YamlMap {

    private final MappingNode node;
    private final String where;
    private final Problems problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    private YamlMap(MappingNode node, String where, Problems problems) {
        this.node = node;
        this.where = where;
        this.problems = problems;
    }

    /** Reads {@code node} as a mapping with the given fields, or reports why it is not one and returns null. */
    static YamlMap of(Node node, String where, Set<String> allowed, Problems problems) {
        return of(node, where, problems, name -> unknownField(name, where, allowed));
    }

    /** As {@link #of(Node, String, Set, Problems)}, with the message for an unknown field given by {@code unknown} (null when known). */
    static YamlMap of(Node node, String where, Problems problems, Function<String, String> unknown) {
        if (!(node instanceof MappingNode mapping)) {
            problems.at(node, Scalars.what(where, "") + " must be a mapping of fields (name: value), not "
                    + Scalars.describe(node));
            return null;
        }
        YamlMap map = new YamlMap(mapping, where, problems);
        for (NodeTuple tuple : mapping.getValue()) {
            map.add(tuple, unknown);
        }
        return map;
    }

    private void add(NodeTuple tuple, Function<String, String> unknown) {
        Node key = tuple.getKeyNode();
        if (key.getTag().equals(Tag.MERGE)) {
            return; // reported by YamlOddities
        }
        if (!(key instanceof ScalarNode scalar) || !key.getTag().equals(Tag.STR)) {
            problems.at(key, "the field name " + Scalars.describe(key) + " in " + label()
                    + " is not a plain word; write field names as words, quoted if YAML reads them otherwise");
            return;
        }
        String name = scalar.getValue();
        NodeTuple first = fields.get(name);
        if (first != null) {
            problems.at(key, label() + " has '" + name + "' twice (first on line "
                    + Problems.line(first.getKeyNode()) + "); keep only one");
            return;
        }
        String message = unknown.apply(name);
        if (message != null) {
            problems.at(key, message);
            return;
        }
        fields.put(name, tuple);
    }

    private static String unknownField(String name, String where, Set<String> allowed) {
        if (allowed.contains(name)) {
            return null;
        }
        String in = where.isEmpty() ? "" : " in " + where;
        String guess = Suggest.closest(name, allowed);
        return "unknown field '" + name + "'" + in + "; "
                + (guess != null ? "did you mean '" + guess + "'?" : "the fields are: " + String.join(", ", Suggest.sorted(allowed)));
    }

    /** The value of a field, or null when it is absent. */
    Node get(String name) {
        NodeTuple tuple = fields.get(name);
        return tuple == null ? null : tuple.getValueNode();
    }

    boolean has(String name) {
        return fields.containsKey(name);
    }

    /** The value of a field that must be there; reports it missing (with an example of what to add) and returns null. */
    Node required(String name, String example) {
        Node value = get(name);
        if (value == null) {
            problems.at(node, label() + " has no '" + name + "'; add " + example);
        }
        return value;
    }

    /** How messages name one field of this part: "minutes", "scale 'trust' minAnswered". */
    String what(String name) {
        return Scalars.what(where, name);
    }

    String where() {
        return where;
    }

    Problems problems() {
        return problems;
    }

    MappingNode node() {
        return node;
    }

    private String label() {
        return where.isEmpty() ? "the file" : where;
    }
}
