package org.concord.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Grouping helpers shared by team aggregation and the ICC: who is in which team, and their scores. */
final class Teams {

    private Teams() {
    }

    /** Respondent indices by team, teams in order of first appearance; no-team respondents left out. */
    static Map<String, List<Integer>> members(List<Respondent> respondents) {
        Map<String, List<Integer>> teams = new LinkedHashMap<>();
        for (int r = 0; r < respondents.size(); r++) {
            if (respondents.get(r).inTeam()) {
                teams.computeIfAbsent(respondents.get(r).team(), t -> new ArrayList<>()).add(r);
            }
        }
        return teams;
    }

    /** The scale-{@code s} scores of the given respondents who have one. */
    static double[] scoresOf(List<Integer> members, double[][] scores, int s) {
        return members.stream().mapToDouble(r -> scores[r][s]).filter(x -> !Double.isNaN(x)).toArray();
    }
}
