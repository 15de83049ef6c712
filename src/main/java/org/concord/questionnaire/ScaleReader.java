package org.concord.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code scales}: each scale's id, name, description, the fraction of its items that must
 * be answered for a score (0 < minAnswered <= 1, default 0.8), its optional group and probes, and
 * its bands (through {@link BandReader}). Scale ids must be unique: items and stored scores name
 * their scale by id.
 */
final class ScaleReader {

    private static final Set<String> FIELDS =
            Set.of("id", "name", "description", "minAnswered", "group", "probes", "bands");

    private ScaleReader() {
    }

    static List<Located<Scale>> readAll(YamlMap top, ResponseFormat format) {
        List<Located<Scale>> scales = new ArrayList<>();
        Node node = top.required("scales", "scales: a list of scales, each - {id: ..., name: ..., bands: ...}");
        List<Node> entries = node == null ? null : Scalars.list(node, "scales", top.problems());
        if (entries == null) {
            return scales;
        }
        if (entries.isEmpty()) {
            top.problems().at(node, "scales is empty; define at least one scale");
        }
        List<Located<String>> ids = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            YamlMap map = YamlMap.of(entries.get(i), Ids.where("scale", entries.get(i), i), FIELDS, top.problems());
            if (map != null) {
                Scale scale = read(map, format);
                scales.add(new Located<>(scale, Problems.line(map.node())));
                ids.add(new Located<>(scale.id(), Problems.line(map.get("id"))));
            }
        }
        Ids.unique("scale", ids, "", top.problems());
        return scales;
    }

    private static Scale read(YamlMap map, ResponseFormat format) {
        String id = Ids.read(map, Ids.PART, "trust");
        Text name = Fields.text(map, "name");
        Text description = Fields.text(map, "description");
        double minAnswered = minAnswered(map);
        String group = null;
        if (map.has("group")) {
            group = Scalars.string(map.get("group"), map.what("group"), map.problems());
        }
        List<Text> probes = Texts.list(map.get("probes"), map.what("probes"), map.problems());
        List<Band> bands = BandReader.readAll(map, format);
        return new Scale(id, name, description, minAnswered, bands, probes, group);
    }

    private static double minAnswered(YamlMap map) {
        if (!map.has("minAnswered")) {
            return Scale.DEFAULT_MIN_ANSWERED;
        }
        Double value = Scalars.number(map.get("minAnswered"), map.what("minAnswered"), map.problems());
        if (value == null) {
            return Scale.DEFAULT_MIN_ANSWERED;
        }
        if (value <= 0 || value > 1) {
            map.problems().at(map.get("minAnswered"), map.what("minAnswered") + " " + Numbers.format(value)
                    + " is not a fraction above 0 and at most 1; write the share of the scale's items that must be"
                    + " answered for a score, like 0.8");
        }
        return value;
    }
}
