package org.concord.questionnaire;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Refuses the YAML features a questionnaire has no use for and that would make a file say
 * something else than it shows: anchors and aliases ({@code &x}, {@code *x}), merge keys
 * ({@code <<}) and explicit tags ({@code !something}, {@code !!binary}). The loader only ever
 * composes nodes and never builds objects from tags, so this is about clarity, not safety.
 */
final class YamlOddities {

    private static final Set<Tag> PLAIN = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    private YamlOddities() {
    }

    static void check(Node root, Problems problems) {
        walk(root, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void walk(Node node, Problems problems, Set<Node> seen) {
        if (!seen.add(node)) {
            return; // an alias of a node already reported at its anchor
        }
        if (node.getAnchor() != null) {
            problems.at(node, "the YAML anchor &" + node.getAnchor()
                    + " is not allowed; write the value out in full wherever *" + node.getAnchor() + " is used");
        }
        if (!PLAIN.contains(node.getTag()) && !node.getTag().equals(Tag.MERGE)) {
            problems.at(node, "the YAML tag " + shortTag(node.getTag()) + " is not allowed; remove it and write a plain value");
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode().getTag().equals(Tag.MERGE)) {
                    problems.at(tuple.getKeyNode(), "the YAML merge key << is not allowed; write the fields out in full");
                }
                walk(tuple.getKeyNode(), problems, seen);
                walk(tuple.getValueNode(), problems, seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(entry -> walk(entry, problems, seen));
        }
    }

    private static String shortTag(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }
}
