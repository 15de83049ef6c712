package org.concord.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code items}: each item's id (unique in the file), the scale it belongs to (one of
 * those defined), its key and its text, and through {@link InterviewFields} the probes and
 * anchors that only interviewer-rated items have. An item with {@code attention} is an attention
 * item instead, read by {@link AttentionItems}.
 */
final class ItemReader {

    private static final Set<String> FIELDS = Set.of("id", "scale", "key", "text", "probes", "anchors",
            AttentionItems.FIELD);

    private ItemReader() {
    }

    static List<Located<Item>> readAll(YamlMap top, Kind kind, ResponseFormat format, List<String> scaleIds) {
        Problems problems = top.problems();
        List<Located<Item>> items = new ArrayList<>();
        Node node = top.required("items", "items: a list of items, each - {id: ..., scale: ..., key: \"+\", text: ...}");
        List<Node> entries = node == null ? null : Scalars.list(node, "items", problems);
        if (entries == null) {
            return items;
        }
        if (entries.isEmpty()) {
            problems.at(node, "items is empty; add the items, at least 3 for every scale");
        }
        List<Located<String>> ids = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            YamlMap map = YamlMap.of(entries.get(i), Ids.where("item", entries.get(i), i), FIELDS, problems);
            if (map != null) {
                Item item = read(map, kind, format, scaleIds);
                items.add(new Located<>(item, Problems.line(map.node())));
                ids.add(new Located<>(item.id(), Problems.line(map.get("id"))));
            }
        }
        Ids.unique("item", ids, "", problems);
        return items;
    }

    private static Item read(YamlMap map, Kind kind, ResponseFormat format, List<String> scaleIds) {
        String id = Ids.read(map, Ids.PART, "trust-1");
        if (AttentionItems.declared(map)) {
            return AttentionItems.read(map, id, kind, format);
        }
        String scale = Fields.string(map, "scale", "scale: " + (scaleIds.isEmpty() ? "trust" : scaleIds.get(0)));
        if (scale != null && !scaleIds.isEmpty() && !scaleIds.contains(scale)) {
            map.problems().at(map.get("scale"), map.where() + " names scale '" + scale
                    + "', which is not defined; use one of: " + String.join(", ", scaleIds));
        }
        Key key = key(map);
        Text text = Fields.text(map, "text");
        List<Text> probes = InterviewFields.probes(map, kind);
        Map<Integer, Text> anchors = InterviewFields.anchors(map, kind, format);
        return new Item(id, scale, text, key == null ? Key.PLUS : key, probes, anchors);
    }

    private static Key key(YamlMap map) {
        Node node = map.required("key", "key: \"+\" (or key: \"-\" for a reverse-keyed item)");
        if (node == null) {
            return null;
        }
        String write = "; write key: \"+\" (counted as answered) or key: \"-\" (reverse-keyed), with the quotes";
        if (Scalars.isNull(node)) {
            map.problems().at(node, map.what("key") + " is empty" + write);
            return null;
        }
        Key key = node instanceof ScalarNode scalar
                && node.getTag().equals(Tag.STR) ? Key.fromSymbol(scalar.getValue().strip()) : null;
        if (key == null) {
            map.problems().at(node, map.what("key") + " must be \"+\" or \"-\", not " + Scalars.describe(node) + write);
        }
        return key;
    }
}
