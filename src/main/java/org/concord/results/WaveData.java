package org.concord.results;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.disclosure.PublishedWave;
import org.concord.questionnaire.Questionnaire;
import org.concord.scoring.TeamResult;

/**
 * What one questionnaire of one campaign wave may show: what the disclosure gate published
 * (teams keyed by team id, organisation figures), and the team names and sizes to show beside
 * them, and how many of the wave's questionnaires the careless-responding rules flag for review
 * (a count over the whole wave, never per team or person; 0 until the wave is released) and
 * whether HR left them out of these results. Nothing in here is an individual answer.
 */
public record WaveData(Questionnaire questionnaire, PublishedWave published, Map<String, String> teamNames,
                       Map<String, Integer> invited, int flagged, boolean flaggedLeftOut) {

    public List<String> teamIds() {
        return List.copyOf(teamNames.keySet());
    }

    /** The team's result only when its numbers are shown. */
    public Optional<TeamResult> shown(String teamId) {
        return published.shown(teamId);
    }
}
