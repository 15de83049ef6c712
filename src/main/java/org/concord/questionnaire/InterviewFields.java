package org.concord.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the parts of an item that only an interviewer uses: follow-up {@code probes} (at least
 * one) and behavioural {@code anchors} for ratings 1, 3 and 5 (and any other point of the
 * response format). Interviewer-rated items must have both, so that two interviewers rate alike;
 * items of other kinds must have neither, since no respondent would ever see them.
 */
final class InterviewFields {

    static final List<Integer> REQUIRED_ANCHORS = List.of(1, 3, 5);

    private InterviewFields() {
    }

    static List<Text> probes(YamlMap map, Kind kind) {
        Node node = map.get("probes");
        if (kind == Kind.INTERVIEWER_RATED) {
            List<Text> probes = Texts.list(node, map.what("probes"), map.problems());
            if (probes.isEmpty() && (node == null || node instanceof SequenceNode)) {
                map.problems().at(node == null ? map.node() : node, map.where()
                        + " has no probes; an interviewer-rated item needs at least one follow-up question:"
                        + " add probes: [{en: ..., fr: ...}]");
            }
            return probes;
        }
        if (node != null && kind != null) {
            map.problems().at(node, notHere(map, "probes", kind)
                    + (kind == Kind.SELF_REPORT ? ", or put interview probes on the scale" : ""));
        }
        return List.of();
    }

    static Map<Integer, Text> anchors(YamlMap map, Kind kind, ResponseFormat format) {
        Node node = map.get("anchors");
        if (kind != Kind.INTERVIEWER_RATED) {
            if (node != null && kind != null) {
                map.problems().at(node, notHere(map, "anchors", kind));
            }
            return Map.of();
        }
        if (node == null) {
            map.problems().at(map.node(), map.where() + " has no anchors; an interviewer-rated item needs anchors"
                    + " saying what ratings 1, 3 and 5 look like: add anchors: {1: {en: ..., fr: ...}, 3: ..., 5: ...}");
            return Map.of();
        }
        Map<Integer, Text> anchors = PointMap.read(node, map.what("anchors"), format, map.problems());
        if (node instanceof MappingNode) {
            List<String> missing = new ArrayList<>();
            for (int point : REQUIRED_ANCHORS) {
                if (!anchors.containsKey(point)) {
                    missing.add(String.valueOf(point));
                }
            }
            if (!missing.isEmpty()) {
                map.problems().at(node, map.what("anchors") + " lack " + String.join(" and ", missing)
                        + "; add what a rating of " + String.join(" and ", missing) + " looks like, like "
                        + missing.get(0) + ": {en: ..., fr: ...}");
            }
        }
        return anchors;
    }

    private static String notHere(YamlMap map, String field, Kind kind) {
        return map.where() + " has " + field + ", but only items of interviewer-rated questionnaires have "
                + field + " (this one is " + kind.code() + "); remove them";
    }
}
