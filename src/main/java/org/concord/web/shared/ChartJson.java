package org.concord.web.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.List;
import org.concord.results.TeamReport;

/**
 * The Chart.js configurations of the team results page, as the JSON that PrimeFaces'
 * {@code p:chart} takes: the team as a point on the coordination (x) by cooperation (y) plane
 * with each axis's threshold drawn as a line, the coordination mechanisms as a radar, and each
 * questionnaire's means before and after when the team has two waves.
 * Team and scale names are user or file text, so besides JSON escaping every {@code <},
 * {@code >} and {@code &} is written as a Unicode escape: the JSON sits inside a script.
 */
public final class ChartJson {

    private ChartJson() {
    }

    public static String quadrant(TeamReport.QuadrantView view, String team, String xTitle, String yTitle) {
        JsonObject teamPoint = Json.createObjectBuilder().add("label", team).add("pointRadius", 8).add("backgroundColor", "#2563eb")
                .add("data", Json.createArrayBuilder().add(point(view.coordination(), view.cooperation())))
                .build();
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(teamPoint)
                .add(line(xTitle, view.coordinationThreshold(), view.lo(), view.coordinationThreshold(), view.hi(), "#7c3aed"))
                .add(line(yTitle, view.lo(), view.cooperationThreshold(), view.hi(), view.cooperationThreshold(), "#0f766e"));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder()
                        .add("x", axis(xTitle, view.lo(), view.hi()))
                        .add("y", axis(yTitle, view.lo(), view.hi())));
        return safe(Json.createObjectBuilder().add("type", "scatter").add("data", Json.createObjectBuilder().add("datasets", datasets))
                .add("options", options).build());
    }

    public static String radar(List<TeamReport.Mechanism> mechanisms, String team, double lo, double hi) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder means = Json.createArrayBuilder();
        for (TeamReport.Mechanism m : mechanisms) {
            labels.add(lines(m.name()));
            means.add(number(m.mean()));
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", team)
                .add("backgroundColor", "rgba(124, 58, 237, 0.2)").add("borderColor", "#7c3aed").add("data", means);
        return safe(Json.createObjectBuilder().add("type", "radar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", radarOptions(lo, hi))
                .build());
    }

    /** Longest line of a radar label: longer labels are broken into lines at spaces, so none is clipped at the chart's edge. */
    static final int LABEL_LINE = 16;

    /**
     * A radar label as Chart.js draws it whole: the text itself when it is short, else its words
     * gathered into lines of at most {@value #LABEL_LINE} characters (a longer word keeps a line of its own).
     */
    public static JsonValue lines(String label) {
        if (label == null || label.length() <= LABEL_LINE) {
            return label == null ? JsonValue.NULL : Json.createValue(label);
        }
        JsonArrayBuilder lines = Json.createArrayBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LABEL_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        return lines.add(line.toString()).build();
    }

    /** Radar options: the scale's range, and room around the chart for its labels. */
    public static JsonObjectBuilder radarOptions(double lo, double hi) {
        return Json.createObjectBuilder().add("animation", false)
                .add("layout", Json.createObjectBuilder().add("padding", 8))
                .add("scales", Json.createObjectBuilder().add("r", Json.createObjectBuilder().add("min", number(lo)).add("max", number(hi))
                        .add("pointLabels", Json.createObjectBuilder().add("font", Json.createObjectBuilder().add("size", 11)))));
    }

    /** One questionnaire's scale means in the previous wave and this one, side by side, on the response scale. */
    public static String change(TeamReport.ChangeSection change, String beforeLabel, String afterLabel, double lo, double hi) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        JsonArrayBuilder after = Json.createArrayBuilder();
        for (TeamReport.ChangeRow row : change.rows()) {
            labels.add(lines(row.name()));
            before.add(number(row.before()));
            after.add(number(row.after()));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", beforeLabel).add("backgroundColor", "#94a3b8").add("data", before))
                .add(Json.createObjectBuilder().add("label", afterLabel).add("backgroundColor", "#2563eb").add("data", after));
        // bars lie down, one row a scale, so that every scale's name is written whole (standing bars
        // skip or tilt long names); the chart's box grows with the number of scales (changeHeight)
        return safe(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("min", number(lo)).add("max", number(hi)))
                                .add("y", Json.createObjectBuilder().add("ticks", Json.createObjectBuilder().add("autoSkip", false)))))
                .build());
    }

    /** The height of a change chart's box, in rem: a row of two bars for each of its scales, and room for the legend and axis. */
    public static double changeHeight(TeamReport.ChangeSection change) {
        return 5 + 2.25 * change.rows().size();
    }

    /** A number, or {@code null} for NaN and the infinities, which JSON has no words for. */
    public static JsonValue number(double value) {
        return Double.isFinite(value) ? Json.createValue(value) : JsonValue.NULL;
    }

    /** The JSON text of {@code json}, with the characters that could end or confuse a {@code <script>} escaped. */
    public static String safe(JsonStructure json) {
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static JsonObjectBuilder point(double x, double y) {
        return Json.createObjectBuilder().add("x", number(x)).add("y", number(y));
    }

    private static JsonObjectBuilder line(String label, double x1, double y1, double x2, double y2, String colour) {
        return Json.createObjectBuilder().add("label", label).add("type", "line").add("showLine", true)
                .add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("borderColor", colour)
                .add("pointRadius", 0).add("data", Json.createArrayBuilder().add(point(x1, y1)).add(point(x2, y2)));
    }

    private static JsonObjectBuilder axis(String title, double lo, double hi) {
        return Json.createObjectBuilder().add("min", number(lo)).add("max", number(hi))
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }
}
