package org.concord.disclosure;

import java.util.List;
import java.util.Optional;
import org.concord.scoring.TeamResult;

/**
 * What may be published about one questionnaire of a campaign wave, as the gate decided it:
 * every team's result (a withheld team, or a team in a wave still open, carries no number, not
 * even its n, and says why), the organisation figures of each scale over the shown teams only,
 * and the basis of every number let out ({@link #figures()}).
 */
public record PublishedWave(boolean released, int threshold, List<TeamResult> teams, List<PublishedScale> scales,
                            List<Figure> figures) {

    public PublishedWave {
        teams = List.copyOf(teams);
        scales = List.copyOf(scales);
        figures = List.copyOf(figures);
    }

    /** The result of {@code teamId}, if the team is in the wave. */
    public Optional<TeamResult> team(String teamId) {
        return teams.stream().filter(t -> t.team().equals(teamId)).findFirst();
    }

    /** The result of {@code teamId} only when its numbers are shown. */
    public Optional<TeamResult> shown(String teamId) {
        return team(teamId).filter(TeamResult::shown);
    }
}
