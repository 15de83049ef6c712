package org.concord.web.recruiter;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import org.concord.interview.CandidateProfile;
import org.concord.interview.RaterResult;
import org.concord.interview.ScaleResult;
import org.concord.web.shared.ChartJson;

/**
 * The Chart.js configurations the candidate page hands to {@code p:chart}: the self-report's
 * scales as points drawn inside their 95% interval bars (a scale without an interval shows
 * its point only), and the interview scales as a radar with one line per interviewer whose
 * ratings the viewer may read. Labels come from the questionnaire and the message bundle, and
 * are written as JSON strings escaped as the team charts are ({@link ChartJson#safe}), safe inside a script.
 */
final class ProfileCharts {

    private ProfileCharts() {
    }

    /** Bars for the 95% intervals and points for the scores, on the response scale. */
    static String selfReport(CandidateProfile profile, String language, String scoreLabel, String intervalLabel) {
        List<ScaleResult> scales = profile.selfReportScales().stream().filter(ScaleResult::scored).toList();
        JsonArrayBuilder scores = Json.createArrayBuilder();
        JsonArrayBuilder intervals = Json.createArrayBuilder();
        for (ScaleResult s : scales) {
            scores.add(ChartJson.number(s.score()));
            if (s.hasInterval()) {
                intervals.add(Json.createArrayBuilder().add(ChartJson.number(s.interval().low())).add(ChartJson.number(s.interval().high())));
            } else {
                intervals.addNull();
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "line").add("label", scoreLabel).add("showLine", false)
                        .add("pointRadius", 7).add("backgroundColor", "#0f766e").add("data", scores))
                .add(Json.createObjectBuilder().add("label", intervalLabel).add("backgroundColor", "rgba(37, 99, 235, 0.25)")
                        .add("data", intervals));
        return chart("bar", scales.stream().map(s -> s.scale().name().in(language)).toList(), datasets,
                profile.selfReport().responseFormat().lo(), profile.selfReport().responseFormat().hi(), "y");
    }

    /** One radar line per readable, submitted interview. */
    static String interview(CandidateProfile profile, String language) {
        List<RaterResult> raters = profile.raters().stream().filter(RaterResult::submitted).toList();
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (RaterResult rater : raters) {
            JsonArrayBuilder scores = Json.createArrayBuilder();
            for (ScaleResult scale : rater.scales()) {
                scores.add(scale.scored() ? ChartJson.number(scale.score()) : JsonValue.NULL);
            }
            datasets.add(Json.createObjectBuilder().add("label", rater.rater() == null ? JsonValue.NULL : Json.createValue(rater.rater()))
                    .add("data", scores));
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        profile.interview().scales().forEach(s -> labels.add(ChartJson.lines(s.name().in(language))));
        return ChartJson.safe(Json.createObjectBuilder().add("type", "radar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", ChartJson.radarOptions(profile.interview().responseFormat().lo(), profile.interview().responseFormat().hi()))
                .build());
    }

    private static String chart(String type, List<String> labels, JsonArrayBuilder datasets, int lo, int hi, String axis) {
        JsonObjectBuilder options = Json.createObjectBuilder().add("animation", false)
                .add("scales", Json.createObjectBuilder().add(axis, Json.createObjectBuilder().add("min", lo).add("max", hi)));
        return ChartJson.safe(Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels)).add("datasets", datasets))
                .add("options", options).build());
    }
}
