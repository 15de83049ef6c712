package org.concord.scoring;

import java.util.Map;
import java.util.Optional;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;

/**
 * Finds the coordination mechanism (Mintzberg's six) a team relies on least: the scale of
 * group {@value #GROUP} with the lowest team mean. It is what the advice for a poorly
 * coordinated team proposes to strengthen. Ties go to the scale listed first.
 */
public final class WeakestMechanism {

    /** The scale group that holds the coordination mechanisms. */
    public static final String GROUP = "mechanism";

    private WeakestMechanism() {
    }

    /** The mechanism scale with the lowest mean; empty when no mechanism has a mean. */
    public static Optional<Scale> of(Questionnaire coordination, Map<String, Double> scaleMeans) {
        Scale weakest = null;
        double lowest = Double.POSITIVE_INFINITY;
        for (Scale scale : coordination.scales()) {
            Double mean = scaleMeans.get(scale.id());
            if (GROUP.equals(scale.group()) && mean != null && !mean.isNaN() && mean < lowest) {
                weakest = scale;
                lowest = mean;
            }
        }
        return Optional.ofNullable(weakest);
    }
}
