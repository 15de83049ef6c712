package org.concord.web.recruiter;

import java.util.List;
import org.concord.interview.CandidateProfile;
import org.concord.interview.RaterResult;
import org.concord.interview.ScaleResult;
import org.concord.kernel.JsonWriter;

/**
 * The Chart.js configurations the candidate page hands to {@code p:chart}: the self-report's
 * scales as points drawn inside their 95% interval bars (a scale without an interval shows
 * its point only), and the interview scales as a radar with one line per interviewer whose
 * ratings the viewer may read. Labels come from the questionnaire and the message bundle, and
 * are written as escaped JSON strings.
 */
final class ProfileCharts {

    private ProfileCharts() {
    }

    /** Bars for the 95% intervals and points for the scores, on the response scale. */
    static String selfReport(CandidateProfile profile, String language, String scoreLabel, String intervalLabel) {
        List<ScaleResult> scales = profile.selfReportScales().stream().filter(ScaleResult::scored).toList();
        JsonWriter json = new JsonWriter().beginObject().name("type").value("bar").name("data").beginObject();
        labels(json, scales.stream().map(s -> s.scale().name().in(language)).toList());
        json.name("datasets").beginArray();
        json.beginObject().name("type").value("line").name("label").value(scoreLabel).name("showLine").value(false)
                .name("pointRadius").value(7).name("backgroundColor").value("#0f766e").name("data").beginArray();
        scales.forEach(s -> json.value(s.score()));
        json.endArray().endObject();
        json.beginObject().name("label").value(intervalLabel).name("backgroundColor").value("rgba(37, 99, 235, 0.25)")
                .name("data").beginArray();
        for (ScaleResult s : scales) {
            if (s.hasInterval()) {
                json.beginArray().value(s.interval().low()).value(s.interval().high()).endArray();
            } else {
                json.nullValue();
            }
        }
        json.endArray().endObject().endArray().endObject();
        return scaleOptions(json, profile.selfReport().responseFormat().lo(), profile.selfReport().responseFormat().hi(), "y")
                .endObject().toString();
    }

    /** One radar line per readable, submitted interview. */
    static String interview(CandidateProfile profile, String language) {
        List<RaterResult> raters = profile.raters().stream().filter(RaterResult::submitted).toList();
        JsonWriter json = new JsonWriter().beginObject().name("type").value("radar").name("data").beginObject();
        labels(json, profile.interview().scales().stream().map(s -> s.name().in(language)).toList());
        json.name("datasets").beginArray();
        for (RaterResult rater : raters) {
            json.beginObject().name("label").value(rater.rater()).name("data").beginArray();
            for (ScaleResult scale : rater.scales()) {
                if (scale.scored()) {
                    json.value(scale.score());
                } else {
                    json.nullValue();
                }
            }
            json.endArray().endObject();
        }
        json.endArray().endObject();
        return scaleOptions(json, profile.interview().responseFormat().lo(), profile.interview().responseFormat().hi(), "r")
                .endObject().toString();
    }

    private static void labels(JsonWriter json, List<String> labels) {
        json.name("labels").beginArray();
        labels.forEach(json::value);
        json.endArray();
    }

    private static JsonWriter scaleOptions(JsonWriter json, int lo, int hi, String axis) {
        return json.name("options").beginObject()
                .name("animation").value(false)
                .name("scales").beginObject().name(axis).beginObject()
                .name("min").value(lo).name("max").value(hi)
                .endObject().endObject().endObject();
    }
}
