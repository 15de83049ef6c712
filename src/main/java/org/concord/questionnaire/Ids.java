package org.concord.questionnaire;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The ids that name a questionnaire and its scales, bands and items. They end up in file names,
 * stored answers, CSV columns and report sheets, so they are restricted to letters, digits,
 * '-' and '_' (a questionnaire's id to lower-case letters, digits and '-'), and must be unique
 * where they are used.
 */
final class Ids {

    static final Pattern QUESTIONNAIRE = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private Ids() {
    }

    /** Reads the required {@code id} of a part and checks its spelling. */
    static String read(YamlMap map, Pattern pattern, String example) {
        Node node = map.required("id", "id: " + example);
        if (node == null) {
            return null;
        }
        String id = Scalars.string(node, map.what("id"), map.problems());
        if (id != null && !pattern.matcher(id).matches()) {
            String allowed = pattern == QUESTIONNAIRE ? "lower-case letters, digits and '-'" : "letters, digits, '-' and '_'";
            String like = (pattern == QUESTIONNAIRE ? id.toLowerCase(Locale.ROOT) : id)
                    .replaceAll(pattern == QUESTIONNAIRE ? "[^a-z0-9-]+" : "[^A-Za-z0-9_-]+", "-").replaceAll("^-+", "");
            map.problems().at(node, map.what("id") + " '" + id + "' may only hold " + allowed
                    + ", starting with a letter or digit; write it like " + (like.isEmpty() ? example : like));
        }
        return id;
    }

    /** How messages name the n-th part of a list before it is read: "scale 'trust'", or "scale 3" when it has no readable id. */
    static String where(String noun, Node node, int index) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")
                        && tuple.getValueNode() instanceof ScalarNode value && !value.getValue().isBlank()
                        && !Scalars.isNull(value)) {
                    return noun + " '" + value.getValue() + "'";
                }
            }
        }
        return noun + " " + (index + 1);
    }

    /** Reports every id seen before in the same list, at its second and later places. */
    static void unique(String noun, List<Located<String>> ids, String in, Problems problems) {
        Map<String, Integer> first = new HashMap<>();
        for (Located<String> id : ids) {
            if (id.value() == null) {
                continue;
            }
            Integer line = first.putIfAbsent(id.value(), id.line());
            if (line != null) {
                problems.add(id.line(), "duplicate " + noun + " id '" + id.value() + "'" + in + " (first on line "
                        + line + "); give each " + noun + " its own id");
            }
        }
    }
}
