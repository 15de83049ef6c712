package org.concord.web.shared;

import java.util.List;
import org.concord.results.TeamReport;
import org.concord.kernel.JsonWriter;

/**
 * The Chart.js configurations of the team results page, as the JSON that PrimeFaces'
 * {@code p:chart} takes: the team as a point on the coordination (x) by cooperation (y) plane
 * with each axis's threshold drawn as a line, and the coordination mechanisms as a radar.
 * Team and scale names are user or file text, so besides JSON escaping every {@code <},
 * {@code >} and {@code &} is written as a Unicode escape: the JSON sits inside a script.
 */
public final class ChartJson {

    private ChartJson() {
    }

    public static String quadrant(TeamReport.QuadrantView view, String team, String xTitle, String yTitle) {
        JsonWriter json = new JsonWriter().beginObject().name("type").value("scatter").name("data").beginObject()
                .name("datasets").beginArray();
        json.beginObject().name("label").value(team).name("pointRadius").value(8L).name("backgroundColor").value("#2563eb")
                .name("data").beginArray().beginObject().name("x").value(view.coordination()).name("y").value(view.cooperation())
                .endObject().endArray().endObject();
        line(json, xTitle, view.coordinationThreshold(), view.lo(), view.coordinationThreshold(), view.hi(), "#7c3aed");
        line(json, yTitle, view.lo(), view.cooperationThreshold(), view.hi(), view.cooperationThreshold(), "#0f766e");
        json.endArray().endObject().name("options").beginObject()
                .name("plugins").beginObject().name("legend").beginObject().name("display").value(false).endObject().endObject()
                .name("scales").beginObject();
        axis(json, "x", xTitle, view.lo(), view.hi());
        axis(json, "y", yTitle, view.lo(), view.hi());
        return safe(json.endObject().endObject().endObject());
    }

    public static String radar(List<TeamReport.Mechanism> mechanisms, String team, double lo, double hi) {
        JsonWriter json = new JsonWriter().beginObject().name("type").value("radar").name("data").beginObject()
                .name("labels").beginArray();
        mechanisms.forEach(m -> json.value(m.name()));
        json.endArray().name("datasets").beginArray().beginObject().name("label").value(team)
                .name("backgroundColor").value("rgba(124, 58, 237, 0.2)").name("borderColor").value("#7c3aed")
                .name("data").beginArray();
        mechanisms.forEach(m -> json.value(m.mean()));
        json.endArray().endObject().endArray().endObject().name("options").beginObject().name("scales").beginObject()
                .name("r").beginObject().name("min").value(lo).name("max").value(hi).endObject().endObject().endObject();
        return safe(json.endObject());
    }

    private static void line(JsonWriter json, String label, double x1, double y1, double x2, double y2, String colour) {
        json.beginObject().name("label").value(label).name("type").value("line").name("showLine").value(true)
                .name("borderDash").beginArray().value(6L).value(4L).endArray().name("borderColor").value(colour)
                .name("pointRadius").value(0L).name("data").beginArray()
                .beginObject().name("x").value(x1).name("y").value(y1).endObject()
                .beginObject().name("x").value(x2).name("y").value(y2).endObject()
                .endArray().endObject();
    }

    private static void axis(JsonWriter json, String name, String title, double lo, double hi) {
        json.name(name).beginObject().name("min").value(lo).name("max").value(hi)
                .name("title").beginObject().name("display").value(true).name("text").value(title).endObject().endObject();
    }

    static String safe(JsonWriter json) {
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
