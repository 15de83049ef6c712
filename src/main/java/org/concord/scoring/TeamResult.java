package org.concord.scoring;

import java.util.List;

/**
 * One team's results on a questionnaire: its number of respondents and, unless the team is
 * suppressed for anonymity ({@code suppressed} not null), its result on each scale.
 */
public record TeamResult(String team, int n, Suppression suppressed, List<TeamScale> scales) {

    public TeamResult {
        scales = List.copyOf(scales);
    }

    public boolean shown() {
        return suppressed == null;
    }
}
