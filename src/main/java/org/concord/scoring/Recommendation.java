package org.concord.scoring;

import java.util.List;

/**
 * What Concord advises a team, in one language: the reading of its quadrant and the actions
 * that follow (team building where cooperation is low; strengthening the weakest coordination
 * mechanism where coordination is low). {@code weakestMechanism} is the scale id, or null.
 */
public record Recommendation(Quadrant quadrant, String summary, List<String> actions, String weakestMechanism) {

    public Recommendation {
        actions = List.copyOf(actions);
    }
}
