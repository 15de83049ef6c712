package org.concord.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code responseFormat}: the whole-number answers lo..hi (at least 2 and at most
 * {@value #MAX_POINTS} points) and a label for every one of them, and nothing outside. Returns
 * the format whenever lo and hi are sound, even with label problems, so that the band, anchor and
 * threshold checks that depend on lo..hi still run; null otherwise.
 */
final class ResponseFormatReader {

    static final int MAX_POINTS = 11;
    private static final Set<String> FIELDS = Set.of("lo", "hi", "labels");

    private ResponseFormatReader() {
    }

    static ResponseFormat read(YamlMap top) {
        Node node = top.required("responseFormat", "responseFormat: {lo: 1, hi: 5, labels: {1: {en: ..., fr: ...}, ...}}");
        YamlMap map = node == null ? null : YamlMap.of(node, "responseFormat", FIELDS, top.problems());
        if (map == null) {
            return null;
        }
        Problems problems = map.problems();
        Integer lo = Fields.integer(map, "lo", "lo: 1");
        Integer hi = Fields.integer(map, "hi", "hi: 5");
        ResponseFormat range = lo == null || hi == null ? null : range(lo, hi, map);
        Node labelsNode = map.required("labels", "labels: {1: {en: ..., fr: ...}, ...}, one for every point");
        if (labelsNode == null) {
            return range;
        }
        Map<Integer, Text> labels = PointMap.read(labelsNode, "responseFormat labels", range, problems);
        if (range == null) {
            return null;
        }
        if (labelsNode instanceof MappingNode) {
            List<String> missing = new ArrayList<>();
            for (int point = lo; point <= hi; point++) {
                if (!labels.containsKey(point)) {
                    missing.add(String.valueOf(point));
                }
            }
            if (!missing.isEmpty()) {
                problems.at(labelsNode, "responseFormat labels has no label for " + (missing.size() == 1 ? "point " : "points ")
                        + String.join(", ", missing) + "; add " + missing.get(0) + ": {en: ..., fr: ...}"
                        + (missing.size() == 1 ? "" : " and the others"));
            }
        }
        return new ResponseFormat(lo, hi, labels);
    }

    private static ResponseFormat range(int lo, int hi, YamlMap map) {
        Node at = map.get("hi");
        if (lo > hi) {
            map.problems().at(at, "responseFormat lo " + lo + " is above hi " + hi
                    + "; swap them: lo is the lowest answer, hi the highest");
        } else if (lo == hi) {
            map.problems().at(at, "responseFormat has a single point (lo and hi are both " + lo
                    + "); give at least 2 points, with hi above lo");
        } else if ((long) hi - lo + 1 > MAX_POINTS) {
            map.problems().at(at, "responseFormat has " + ((long) hi - lo + 1) + " points (" + lo + ".." + hi
                    + "); Concord takes at most " + MAX_POINTS + " points, like 0..10");
        } else {
            return new ResponseFormat(lo, hi, Map.of());
        }
        return null;
    }
}
