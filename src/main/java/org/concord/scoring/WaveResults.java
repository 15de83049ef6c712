package org.concord.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Everything one wave of a questionnaire yields, from the respondents' answers: each
 * respondent's scale scores, each scale's summary and reliability over the sample, the teams'
 * results under the anonymity rule, and per scale the ICC(1)/ICC(2) over the teams. The ICC
 * uses every team's members who have a score, suppressed teams included (it reveals no team),
 * and ignores respondents in no team.
 *
 * @param scores {@code scores[r][s]}: respondent r's score on scale s, NaN when missing
 */
public record WaveResults(List<Respondent> respondents, double[][] scores, List<ScaleSummary> scales,
                          List<TeamResult> teams, Map<String, Icc> icc) {

    /** Scores and aggregates a wave. */
    public static WaveResults of(ScoringPlan plan, List<Respondent> respondents, Disclosure disclosure) {
        double[][] scores = new double[respondents.size()][];
        for (int r = 0; r < scores.length; r++) {
            scores[r] = plan.score(respondents.get(r).answers());
        }
        List<int[]> answers = respondents.stream().map(Respondent::answers).toList();
        Map<String, List<Integer>> members = Teams.members(respondents);
        List<ScaleSummary> scales = new ArrayList<>();
        Map<String, Icc> icc = new LinkedHashMap<>();
        for (int s = 0; s < plan.scaleCount(); s++) {
            String id = plan.scale(s).id();
            int scale = s;
            double[] values = IntStream.range(0, scores.length).mapToDouble(r -> scores[r][scale])
                    .filter(x -> !Double.isNaN(x)).toArray();
            List<String> itemIds = IntStream.of(plan.itemsOf(s))
                    .mapToObj(i -> plan.questionnaire().items().get(i).id()).toList();
            ScaleQuality quality = Reliability.quality(id, itemIds, plan.completeCases(answers, s));
            scales.add(new ScaleSummary(id, values.length, Stats.mean(values), Stats.sd(values), quality));
            icc.put(id, Icc.of(members.values().stream().map(list -> Teams.scoresOf(list, scores, scale)).toList()));
        }
        List<TeamResult> teams = new TeamAggregation(plan, disclosure).teams(respondents, scores);
        return new WaveResults(List.copyOf(respondents), scores, scales, teams, icc);
    }
}
