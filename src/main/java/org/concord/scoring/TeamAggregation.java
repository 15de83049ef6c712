package org.concord.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns scored respondents into team results under the engine's anonymity rule. A team is
 * suppressed when its respondents are too few; in a shown team, each scale is decided again on the members who have a score on it, so a scale
 * that only two members could be scored on stays hidden. Respondents in no team belong to no
 * team result. rwg(j) is computed listwise, as R's multilevel::rwg.j: a member who skipped any
 * item of the scale is left out of it.
 */
public final class TeamAggregation {

    private final ScoringPlan plan;
    private final Disclosure disclosure;
    public TeamAggregation(ScoringPlan plan, Disclosure disclosure) {
        this.plan = plan;
        this.disclosure = disclosure;
    }

    /** The teams in order of first appearance; {@code scores[r]} are respondent r's scale scores. */
    public List<TeamResult> teams(List<Respondent> respondents, double[][] scores) {
        Map<String, List<Integer>> members = Teams.members(respondents);
        Map<String, Integer> sizes = new LinkedHashMap<>();
        members.forEach((team, list) -> sizes.put(team, list.size()));
        DisclosureDecision teams = disclosure.groupsAlone(sizes);
        List<DisclosureDecision> byScale = new ArrayList<>();
        for (int s = 0; s < plan.scaleCount(); s++) {
            byScale.add(decideScale(scores, members, s));
        }
        List<TeamResult> results = new ArrayList<>();
        members.forEach((team, list) -> {
            if (!teams.shown(team)) {
                results.add(new TeamResult(team, list.size(), teams.suppressed().get(team), List.of()));
                return;
            }
            List<TeamScale> scales = new ArrayList<>();
            for (int s = 0; s < plan.scaleCount(); s++) {
                scales.add(scale(respondents, scores, list, s, byScale.get(s).suppressed().get(team)));
            }
            results.add(new TeamResult(team, list.size(), null, scales));
        });
        return results;
    }

    private DisclosureDecision decideScale(double[][] scores, Map<String, List<Integer>> members, int s) {
        Map<String, Integer> scored = new LinkedHashMap<>();
        members.forEach((team, list) -> scored.put(team, Teams.scoresOf(list, scores, s).length));
        return disclosure.groupsAlone(scored);
    }

    private TeamScale scale(List<Respondent> respondents, double[][] scores, List<Integer> members, int s,
                            Suppression suppressed) {
        String id = plan.scale(s).id();
        double[] values = Teams.scoresOf(members, scores, s);
        if (suppressed != null) {
            return TeamScale.withheld(id, values.length, suppressed);
        }
        List<int[]> answers = members.stream().map(r -> respondents.get(r).answers()).toList();
        Estimate rwgj = Agreement.rwgj(answers, plan.itemsOf(s), plan.questionnaire().responseFormat().points());
        return new TeamScale(id, values.length, Stats.mean(values), Stats.sd(values), rwgj, null);
    }
}
