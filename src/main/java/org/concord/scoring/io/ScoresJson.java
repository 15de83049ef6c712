package org.concord.scoring.io;

import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Questionnaire;
import org.concord.scoring.Estimate;
import org.concord.scoring.Icc;
import org.concord.scoring.Respondent;
import org.concord.scoring.ScaleSummary;
import org.concord.scoring.ScoringVersion;
import org.concord.scoring.TeamResult;
import org.concord.scoring.TeamScale;
import org.concord.scoring.WaveResults;

/**
 * Writes a wave's results as the JSON document of {@code concord-cli score}:
 * {@code questionnaire}, {@code version}, {@code scoringVersion}, {@code respondents} (each
 * with its team, null when none, and its scale scores, null when missing), {@code scales}
 * (n, mean, sd, alpha, sem), {@code teams} (n, suppressed, and for a shown team its scales:
 * n, mean, sd, rwgj, or just {"suppressed": true} for a scale too few members were scored
 * on) and {@code icc} (icc1, icc2). A statistic that is not available is null.
 */
public final class ScoresJson {

    private ScoresJson() {
    }

    public static String write(Questionnaire questionnaire, WaveResults results) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("questionnaire").value(questionnaire.id());
        json.name("version").value(questionnaire.version());
        json.name("scoringVersion").value(ScoringVersion.CURRENT);
        respondents(json, questionnaire, results);
        scales(json, results.scales());
        teams(json, results.teams());
        icc(json, results.icc());
        return json.endObject().toString();
    }

    private static void respondents(JsonWriter json, Questionnaire questionnaire, WaveResults results) {
        json.name("respondents").beginArray();
        List<Respondent> respondents = results.respondents();
        for (int r = 0; r < respondents.size(); r++) {
            Respondent respondent = respondents.get(r);
            json.beginObject().name("respondent").value(respondent.id());
            json.name("team").value(respondent.inTeam() ? respondent.team() : null);
            json.name("scores").beginObject();
            for (int s = 0; s < questionnaire.scales().size(); s++) {
                json.name(questionnaire.scales().get(s).id()).value(results.scores()[r][s]);
            }
            json.endObject().endObject();
        }
        json.endArray();
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

    private static void teams(JsonWriter json, List<TeamResult> teams) {
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
            json.endObject();
        }
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
