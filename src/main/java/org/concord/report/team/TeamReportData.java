package org.concord.report.team;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.concord.results.CampaignResults;
import org.concord.results.WaveData;
import org.concord.scoring.TeamResult;

/**
 * What one team report shows: a campaign wave's results as the scoring engine gave them (every
 * team already under the anonymity rule), the teams the reader may see (all of them for HR,
 * a manager's own for a manager), in the order they are listed, and when it was generated.
 */
public record TeamReportData(CampaignResults results, List<String> teams, Instant generatedAt) {

    public TeamReportData {
        teams = List.copyOf(teams);
    }

    public int minGroupSize() {
        return Math.max(org.concord.scoring.Disclosure.FLOOR, results.minGroupSize());
    }

    public String name(String teamId) {
        return results.questionnaires().stream().map(q -> q.teamNames().get(teamId))
                .filter(java.util.Objects::nonNull).findFirst().orElse(teamId);
    }

    /** The team's result on a questionnaire, only when it is shown; a team that did not answer is not. */
    public static Optional<TeamResult> shown(WaveData data, String teamId) {
        return CampaignResults.team(data, teamId).filter(TeamResult::shown);
    }
}
