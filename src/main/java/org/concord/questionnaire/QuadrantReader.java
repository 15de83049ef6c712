package org.concord.questionnaire;

import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the optional {@code quadrant}: which axis of the cooperation x coordination view the
 * questionnaire measures, and the team mean (within lo..hi, since it is a mean of answers) at or
 * above which a team counts as cooperative, or as coordinated.
 */
final class QuadrantReader {

    private static final Set<String> FIELDS = Set.of("axis", "threshold");
    private static final Set<String> AXES = Set.of(QuadrantAxis.COOPERATION, QuadrantAxis.COORDINATION);

    private QuadrantReader() {
    }

    /** The quadrant axis, or null when the file has none or it is broken. */
    static QuadrantAxis read(Node node, ResponseFormat format, Problems problems) {
        if (node == null) {
            return null;
        }
        YamlMap map = YamlMap.of(node, "quadrant", FIELDS, problems);
        if (map == null) {
            return null;
        }
        String axis = Fields.string(map, "axis", "axis: coordination");
        if (axis != null && !AXES.contains(axis)) {
            problems.at(map.get("axis"), "quadrant axis '" + axis + "' is not one of: cooperation, coordination");
            axis = null;
        }
        Double threshold = Fields.number(map, "threshold", "threshold: 3.5");
        if (threshold != null && format != null && (threshold < format.lo() || threshold > format.hi())) {
            problems.at(map.get("threshold"), "quadrant threshold " + Numbers.format(threshold)
                    + " lies outside the response format " + format.lo() + ".." + format.hi()
                    + "; choose a team mean between " + format.lo() + " and " + format.hi());
            threshold = null;
        }
        return axis == null || threshold == null ? null : new QuadrantAxis(axis, threshold);
    }
}
