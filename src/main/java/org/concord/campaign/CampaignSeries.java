package org.concord.campaign;

import java.util.List;

/**
 * A campaign as the campaign list shows it: its first wave's id and name, and all its waves in
 * order (the first, then each follow-up, by opening day), so that before and after are read
 * together. Archived when its waves are.
 */
public record CampaignSeries(long id, String name, boolean archived, List<WaveLine> waves) implements java.io.Serializable {

    /** Whether HR may archive the campaign now: not archived, and every wave closed. */
    public boolean archivable() {
        return !archived && waves.stream().allMatch(w -> w.status() == CampaignStatus.CLOSED);
    }
}
