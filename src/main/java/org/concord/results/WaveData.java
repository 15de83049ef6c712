package org.concord.results;

import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Questionnaire;
import org.concord.scoring.WaveResults;

/**
 * What one questionnaire of one campaign wave yields: the engine's {@link WaveResults} (teams
 * keyed by team id), and the team names and sizes to show beside them. Built from the stored
 * answers of the submitted assessments only.
 */
public record WaveData(Questionnaire questionnaire, WaveResults results, Map<String, String> teamNames,
                       Map<String, Integer> invited) {

    public List<String> teamIds() {
        return List.copyOf(teamNames.keySet());
    }
}
