package org.concord.questionnaire;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a mapping keyed by points of the response format ({@code 1: {en: ..., fr: ...}}), as
 * the response labels and the interviewer's anchors are written, and checks that every key is a
 * whole number given once and lies within lo..hi when the format is known.
 */
final class PointMap {

    private PointMap() {
    }

    /** The texts by point, in file order; {@code format} is null when the response format is itself broken. */
    static Map<Integer, Text> read(Node node, String what, ResponseFormat format, Problems problems) {
        Map<Integer, Text> texts = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problems.at(node, what + " must be a mapping from points to texts (1: {en: ..., fr: ...}), not "
                    + Scalars.describe(node));
            return texts;
        }
        Map<Integer, Node> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Integer point = Scalars.integer(keyNode, what + " key", problems);
            if (point == null) {
                continue;
            }
            if (keys.containsKey(point)) {
                problems.at(keyNode, what + " has " + point + " twice (first on line "
                        + Problems.line(keys.get(point)) + "); keep only one");
                continue;
            }
            keys.put(point, keyNode);
            if (format != null && !format.accepts(point)) {
                problems.at(keyNode, what + " gives " + point + ", outside the response format " + format.lo()
                        + ".." + format.hi() + "; remove it or change the response format");
            }
            texts.put(point, Texts.read(tuple.getValueNode(), what + " " + point, problems));
        }
        return texts;
    }
}
