package org.concord.disclosure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gate's rule for individual rows (raw exports, HR analysts only): a wave's rows leave
 * Concord only once the wave is closed, and a team below k is never named: its rows join one
 * pooled "other teams" group of that wave's small teams when the pool reaches k, and are left
 * out otherwise. The decision is per wave and team; the export counts what it left out and says
 * why in its codebook.
 */
public final class RawRelease {

    /** A wave and a team (null: rows in no team). */
    public record Key(long wave, Long team) {
    }

    private RawRelease() {
    }

    /** What happens to each group's rows. */
    public static Map<Key, RawLabel> decide(List<RawGroup> groups) {
        Map<Long, Integer> smallRows = new HashMap<>();
        for (RawGroup group : groups) {
            if (group.released() && !named(group)) {
                smallRows.merge(group.wave(), group.rows(), Integer::sum);
            }
        }
        Map<Key, RawLabel> labels = new HashMap<>();
        for (RawGroup group : groups) {
            RawLabel label;
            if (!group.released()) {
                label = RawLabel.LEFT_OUT_OPEN;
            } else if (named(group)) {
                label = RawLabel.NAMED;
            } else {
                label = gate(group).enough(smallRows.get(group.wave())) ? RawLabel.POOLED : RawLabel.LEFT_OUT_SMALL;
            }
            labels.put(new Key(group.wave(), group.team()), label);
        }
        return labels;
    }

    private static boolean named(RawGroup group) {
        return group.team() != null && gate(group).enough(group.rows());
    }

    private static DisclosureGate gate(RawGroup group) {
        return new DisclosureGate(group.threshold());
    }
}
