package org.concord.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Band;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Key;
import org.concord.questionnaire.Kind;
import org.concord.questionnaire.QuadrantAxis;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.ResponseFormat;
import org.concord.questionnaire.Scale;
import org.concord.questionnaire.Text;

/** Questionnaires and answers the scoring tests share, among them the psychometrics.md vectors. */
final class Fixtures {

    static final double EPS = 1e-9;
    static final int M = ScoringPlan.MISSING;

    /** The 8 respondents x 5 items of psychometrics.md (items 3 and 5 reverse-keyed, 1..5). */
    static final int[][] VECTOR = {
        {4, 5, 2, 4, 1}, {3, 4, 3, 3, 2}, {5, 5, 1, 4, 1}, {2, 3, 4, 2, 4},
        {4, 4, 2, 5, 2}, {3, 3, 3, 3, 3}, {5, 4, 1, 5, 2}, {2, 2, 5, 1, 5},
    };

    static final int[][] VECTOR_KEYED = {
        {4, 5, 4, 4, 5}, {3, 4, 3, 3, 4}, {5, 5, 5, 4, 5}, {2, 3, 2, 2, 2},
        {4, 4, 4, 5, 4}, {3, 3, 3, 3, 3}, {5, 4, 5, 5, 4}, {2, 2, 1, 1, 1},
    };

    static final double[] VECTOR_SCORES = {4.4, 3.4, 4.8, 2.2, 4.2, 3.0, 4.6, 1.4};

    private Fixtures() {
    }

    static Text text(String en) {
        return Text.of(en, en + " (fr)");
    }

    /** Bands low [lo, mid), high [mid, hi]; the low band calls for follow-up. */
    static List<Band> bands(double lo, double mid, double hi) {
        return List.of(new Band("low", lo, mid, text("Low"), text("Low text"), 1, true),
                new Band("high", mid, hi, text("High"), text("High text"), 5, false));
    }

    static Scale scale(String id, String group, double minAnswered, List<Band> bands) {
        return new Scale(id, text(id), text(id), minAnswered, bands, List.of(text("Probe " + id)), group);
    }

    static Item item(String id, String scale, boolean reversed) {
        return new Item(id, scale, text(id), reversed ? Key.MINUS : Key.PLUS, List.of(), Map.of());
    }

    static ResponseFormat format(int lo, int hi) {
        Map<Integer, Text> labels = new LinkedHashMap<>();
        for (int point = lo; point <= hi; point++) {
            labels.put(point, text("point " + point));
        }
        return new ResponseFormat(lo, hi, labels);
    }

    static Questionnaire questionnaire(ResponseFormat format, List<Scale> scales, List<Item> items, QuadrantAxis axis) {
        return new Questionnaire("test", 1, Kind.TEAM_MEMBER, text("Test"), text("Test"), text("Test"), format,
                scales, items, "Concord", "test", false, axis, 5);
    }

    /** The psychometrics.md scale: one scale "vector" of items i1..i5, i3 and i5 reversed. */
    static Questionnaire vector() {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            items.add(item("i" + i, "vector", i == 3 || i == 5));
        }
        return questionnaire(format(1, 5), List.of(scale("vector", null, 0.8, bands(1, 2.5, 5))), items, null);
    }

    /** A scale of {@code k} items on lo..hi, every second item reversed. */
    static Questionnaire oneScale(int lo, int hi, int k, double minAnswered) {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            items.add(item("i" + i, "s", i % 2 == 0));
        }
        return questionnaire(format(lo, hi), List.of(scale("s", null, minAnswered, bands(lo, (lo + hi) / 2.0, hi))),
                items, null);
    }

    static ScoringPlan vectorPlan() {
        return ScoringPlan.of(vector());
    }

    /** Column-major copy of rows (rows x items) as doubles, as Reliability takes it. */
    static double[][] columns(int[][] rows) {
        double[][] columns = new double[rows[0].length][rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int j = 0; j < rows[r].length; j++) {
                columns[j][r] = rows[r][j];
            }
        }
        return columns;
    }
}
