package org.concord.scoring.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Questionnaire;
import org.concord.scoring.Estimate;
import org.concord.scoring.Icc;
import org.concord.scoring.MeanChange;
import org.concord.scoring.QualityIndices;
import org.concord.scoring.Respondent;
import org.concord.scoring.ResponseQuality;
import org.concord.scoring.ScaleSummary;
import org.concord.scoring.ScoringPlan;
import org.concord.scoring.ScoringVersion;
import org.concord.scoring.Suppression;
import org.concord.scoring.TeamResult;
import org.concord.scoring.TeamScale;
import org.concord.scoring.WaveResults;
import org.concord.kernel.JsonWriter;

/**
 * Writes a wave's results as the JSON document of {@code concord-cli score}:
 * {@code questionnaire}, {@code version}, {@code scoringVersion}, {@code respondents} (each
 * with its team, null when none, its scale scores, null when missing, and its {@code quality}:
 * longstring, irv, evenodd and mahalanobis, see {@link QualityIndices}, with every respondent of
 * the file as the reference sample of Mahalanobis D²), {@code scales}
 * (n, mean, sd, alpha, sem), {@code teams} (n, suppressed, and for a shown team its scales:
 * n, mean, sd, rwgj, or just {"suppressed": true} for a scale too few members were scored
 * on) and {@code icc} (icc1, icc2). A statistic that is not available is null. For a file of
 * two waves ({@link TwoWaves}) the document also names the {@code waves} (before, after),
 * gives each respondent its {@code wave}, takes scales, teams and ICC from the "after" wave,
 * and gives every team a {@code change} per scale: before, after, difference, ci_low,
 * ci_high, d, d_ci_low, d_ci_high (each null when not available) and reliable.
 */
public final class ScoresJson {

    private ScoresJson() {
    }

    public static String write(Questionnaire questionnaire, WaveResults results) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("questionnaire").value(questionnaire.id());
        json.name("version").value(questionnaire.version());
        json.name("scoringVersion").value(ScoringVersion.CURRENT);
        respondents(json, questionnaire, results.respondents(), List.of(), results.scores());
        scales(json, results.scales());
        teams(json, results.teams(), Map.of());
        icc(json, results.icc());
        return json.endObject().toString();
    }

    public static String write(Questionnaire questionnaire, TwoWaves waves) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("questionnaire").value(questionnaire.id());
        json.name("version").value(questionnaire.version());
        json.name("scoringVersion").value(ScoringVersion.CURRENT);
        json.name("waves").beginObject().name("before").value(waves.before()).name("after").value(waves.after()).endObject();
        respondents(json, questionnaire, waves.file().respondents(), waves.file().waves(), waves.scores());
        scales(json, waves.afterWave().scales());
        Map<String, TeamResult> after = new LinkedHashMap<>();
        waves.afterWave().teams().forEach(team -> after.put(team.team(), team));
        List<TeamResult> teams = new ArrayList<>();
        waves.changes().keySet().forEach(team -> teams.add(after.getOrDefault(team,
                new TeamResult(team, 0, Suppression.TOO_FEW_RESPONDENTS, List.of()))));
        teams(json, teams, waves.changes());
        icc(json, waves.afterWave().icc());
        return json.endObject().toString();
    }

    private static void respondents(JsonWriter json, Questionnaire questionnaire, List<Respondent> respondents,
                                    List<String> waves, double[][] scores) {
        QualityIndices indices = QualityIndices.of(ScoringPlan.of(questionnaire),
                respondents.stream().map(Respondent::answers).toList());
        json.name("respondents").beginArray();
        for (int r = 0; r < respondents.size(); r++) {
            Respondent respondent = respondents.get(r);
            json.beginObject().name("respondent").value(respondent.id());
            if (!waves.isEmpty()) {
                json.name("wave").value(waves.get(r));
            }
            json.name("team").value(respondent.inTeam() ? respondent.team() : null);
            json.name("scores").beginObject();
            for (int s = 0; s < questionnaire.scales().size(); s++) {
                json.name(questionnaire.scales().get(s).id()).value(scores[r][s]);
            }
            json.endObject();
            quality(json, indices.quality(respondent.answers()));
            json.endObject();
        }
        json.endArray();
    }

    private static void quality(JsonWriter json, ResponseQuality quality) {
        json.name("quality").beginObject().name("longstring").value(quality.longstring());
        estimate(json.name("irv"), quality.irv());
        estimate(json.name("evenodd"), quality.evenodd());
        estimate(json.name("mahalanobis"), quality.mahalanobis());
        json.endObject();
    }

    private static void scales(JsonWriter json, List<ScaleSummary> scales) {
        json.name("scales").beginObject();
        for (ScaleSummary scale : scales) {
            json.name(scale.scale()).beginObject()
                    .name("n").value(scale.n())
                    .name("mean").value(scale.mean())
                    .name("sd").value(scale.sd());
            estimate(json.name("alpha"), scale.alpha());
            estimate(json.name("sem"), scale.sem());
            json.endObject();
        }
        json.endObject();
    }

    private static void teams(JsonWriter json, List<TeamResult> teams, Map<String, Map<String, MeanChange>> changes) {
        json.name("teams").beginObject();
        for (TeamResult team : teams) {
            json.name(team.team()).beginObject().name("n").value(team.n()).name("suppressed").value(!team.shown());
            if (team.shown()) {
                json.name("scales").beginObject();
                for (TeamScale scale : team.scales()) {
                    json.name(scale.scale()).beginObject();
                    if (scale.shown()) {
                        json.name("n").value(scale.n()).name("mean").value(scale.mean()).name("sd").value(scale.sd());
                        estimate(json.name("rwgj"), scale.rwgj());
                    } else {
                        json.name("suppressed").value(true);
                    }
                    json.endObject();
                }
                json.endObject();
            }
            if (changes.containsKey(team.team())) {
                change(json, changes.get(team.team()));
            }
            json.endObject();
        }
        json.endObject();
    }

    private static void change(JsonWriter json, Map<String, MeanChange> byScale) {
        json.name("change").beginObject();
        byScale.forEach((scale, change) -> {
            json.name(scale).beginObject();
            estimate(json.name("before"), change.before());
            estimate(json.name("after"), change.after());
            estimate(json.name("difference"), change.difference());
            estimate(json.name("ci_low"), change.ciLow());
            estimate(json.name("ci_high"), change.ciHigh());
            estimate(json.name("d"), change.d());
            estimate(json.name("d_ci_low"), change.dLow());
            estimate(json.name("d_ci_high"), change.dHigh());
            json.name("reliable").value(change.reliable());
            json.endObject();
        });
        json.endObject();
    }

    private static void icc(JsonWriter json, Map<String, Icc> icc) {
        json.name("icc").beginObject();
        icc.forEach((scale, value) -> {
            json.name(scale).beginObject();
            estimate(json.name("icc1"), value.icc1());
            estimate(json.name("icc2"), value.icc2());
            json.endObject();
        });
        json.endObject();
    }

    private static void estimate(JsonWriter json, Estimate estimate) {
        json.value(estimate.orElse(Double.NaN));
    }
}
