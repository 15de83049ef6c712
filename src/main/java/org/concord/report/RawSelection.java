package org.concord.report;

import java.util.List;
import java.util.Map;
import org.concord.disclosure.RawGroup;
import org.concord.disclosure.RawLabel;
import org.concord.disclosure.RawRelease;

/**
 * What one raw export may hold, as the disclosure gate decided it before the rows are read:
 * the label of each wave's teams, and how many rows are left out and why, for the codebook.
 */
record RawSelection(List<RawGroup> groups, Map<RawRelease.Key, RawLabel> labels) {

    RawSelection {
        groups = List.copyOf(groups);
        labels = Map.copyOf(labels);
    }

    RawLabel label(long wave, Long team) {
        return labels.getOrDefault(new RawRelease.Key(wave, team), RawLabel.LEFT_OUT_OPEN);
    }

    /** Rows that will be exported. */
    long exported() {
        return count(RawLabel.NAMED) + count(RawLabel.POOLED);
    }

    /** Rows with this label. */
    long count(RawLabel label) {
        return groups.stream().filter(g -> label(g.wave(), g.team()) == label).mapToLong(RawGroup::rows).sum();
    }
}
