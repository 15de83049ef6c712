package org.concord.scoring;

import java.util.ArrayList;
import java.util.List;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.QuadrantAxis;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;
import org.concord.questionnaire.Text;

/** A coordination-maturity questionnaire shaped like the real one, for the advice tests. */
final class Mechanisms {

    static final List<String> IDS = List.of("mutual-adjustment", "direct-supervision", "standardised-processes",
            "standardised-outputs", "standardised-skills", "standardised-norms");

    private Mechanisms() {
    }

    static Questionnaire coordinationMaturity() {
        List<Scale> scales = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (String id : IDS) {
            scales.add(new Scale(id, Text.of(name(id), "fr " + name(id)), Fixtures.text(id), 0.8,
                    Fixtures.bands(1, 3, 5), List.of(), WeakestMechanism.GROUP));
        }
        for (String id : List.of("communication", "awareness", "dependencies")) {
            scales.add(Fixtures.scale(id, null, 0.8, Fixtures.bands(1, 3, 5)));
        }
        for (Scale scale : scales) {
            for (int i = 1; i <= 3; i++) {
                items.add(Fixtures.item(scale.id() + "-" + i, scale.id(), false));
            }
        }
        return Fixtures.questionnaire(Fixtures.format(1, 5), scales, items,
                new QuadrantAxis(QuadrantAxis.COORDINATION, 3.5));
    }

    static Scale scale(String id) {
        return coordinationMaturity().scale(id).orElseThrow();
    }

    private static String name(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
    }
}
