package org.concord.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns scored respondents into team results under the anonymity rule. A team is suppressed
 * when its respondents are too few (or to prevent differencing, when a total is shown too); in
 * a shown team, each scale is decided again on the members who have a score on it, so a scale
 * that only two members could be scored on stays hidden. Respondents in no team count towards
 * a shown total but belong to no team result. rwg(j) uses all the team's answers to the
 * scale's items, each item's variance over the members who answered it.
 */
public final class TeamAggregation {

    private final ScoringPlan plan;
    private final Disclosure disclosure;
    private final boolean totalShown;

    /** @param totalShown whether a total over all respondents is shown beside the teams */
    public TeamAggregation(ScoringPlan plan, Disclosure disclosure, boolean totalShown) {
        this.plan = plan;
        this.disclosure = disclosure;
        this.totalShown = totalShown;
    }

    /** The teams in order of first appearance; {@code scores[r]} are respondent r's scale scores. */
    public List<TeamResult> teams(List<Respondent> respondents, double[][] scores) {
        Map<String, List<Integer>> members = Teams.members(respondents);
        int outside = respondents.size() - members.values().stream().mapToInt(List::size).sum();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        members.forEach((team, list) -> sizes.put(team, list.size()));
        DisclosureDecision teams = decide(sizes, outside);
        List<DisclosureDecision> byScale = new ArrayList<>();
        for (int s = 0; s < plan.scaleCount(); s++) {
            byScale.add(decideScale(respondents, scores, members, s));
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

    private DisclosureDecision decide(Map<String, Integer> sizes, int outside) {
        return totalShown ? disclosure.withTotal(sizes, outside) : disclosure.groupsAlone(sizes);
    }

    private DisclosureDecision decideScale(List<Respondent> respondents, double[][] scores,
                                           Map<String, List<Integer>> members, int s) {
        Map<String, Integer> scored = new LinkedHashMap<>();
        members.forEach((team, list) -> scored.put(team, Teams.scoresOf(list, scores, s).length));
        int outside = 0;
        for (int r = 0; r < respondents.size(); r++) {
            if (!respondents.get(r).inTeam() && !Double.isNaN(scores[r][s])) {
                outside++;
            }
        }
        return decide(scored, outside);
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
