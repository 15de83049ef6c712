package org.concord.scoring.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.scoring.Disclosure;
import org.concord.scoring.MeanChange;
import org.concord.scoring.Respondent;
import org.concord.scoring.ScoringPlan;
import org.concord.scoring.WaveResults;

/**
 * An answer file of two waves as {@code concord-cli score} reports it: every respondent's
 * scores in file order with their wave; the "after" wave scored and aggregated on its own (its
 * scale statistics, teams and ICC are the figures of the file); and for each team, in order
 * of first appearance in the file, and each scale the change from "before" to "after" as the
 * difference of the two waves' independent means ({@link MeanChange}) over the team's members
 * with a score in each wave.
 *
 * @param scores  {@code scores[r][s]}: respondent r's (file order) score on scale s, NaN when missing
 * @param changes per team, per scale id, the change
 */
public record TwoWaves(String before, String after, AnswerFile file, double[][] scores, WaveResults afterWave,
                       Map<String, Map<String, MeanChange>> changes) {

    public static TwoWaves of(ScoringPlan plan, AnswerFile file, Disclosure disclosure) {
        List<String> labels = file.waveLabels();
        if (labels.size() != 2) {
            throw new IllegalArgumentException("two waves are needed, the file has " + labels);
        }
        List<Respondent> respondents = file.respondents();
        double[][] scores = new double[respondents.size()][];
        Set<String> teams = new LinkedHashSet<>();
        for (int r = 0; r < scores.length; r++) {
            scores[r] = plan.score(respondents.get(r).answers());
            if (respondents.get(r).inTeam()) {
                teams.add(respondents.get(r).team());
            }
        }
        WaveResults afterWave = WaveResults.of(plan, file.inWave(labels.get(1)), disclosure);
        Map<String, Map<String, MeanChange>> changes = new LinkedHashMap<>();
        for (String team : teams) {
            Map<String, MeanChange> byScale = new LinkedHashMap<>();
            for (int s = 0; s < plan.scaleCount(); s++) {
                byScale.put(plan.scale(s).id(), MeanChange.of(teamScores(file, scores, team, labels.get(0), s),
                        teamScores(file, scores, team, labels.get(1), s)));
            }
            changes.put(team, byScale);
        }
        return new TwoWaves(labels.get(0), labels.get(1), file, scores, afterWave, changes);
    }

    private static double[] teamScores(AnswerFile file, double[][] scores, String team, String wave, int s) {
        List<Double> found = new ArrayList<>();
        for (int r = 0; r < scores.length; r++) {
            Respondent respondent = file.respondents().get(r);
            if (team.equals(respondent.team()) && wave.equals(file.waves().get(r)) && !Double.isNaN(scores[r][s])) {
                found.add(scores[r][s]);
            }
        }
        return found.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
