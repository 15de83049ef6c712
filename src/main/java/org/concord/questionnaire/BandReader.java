package org.concord.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a scale's {@code bands}: each band's id, its range min (inclusive) to max (exclusive,
 * but inclusive for the top band), its label and text, whether it calls for a follow-up
 * ({@code low}) and its maturity level (1..5). Once every band reads cleanly,
 * {@link BandCoverage} checks that together they cover lo..hi exactly once.
 */
final class BandReader {

    private static final Set<String> FIELDS = Set.of("id", "min", "max", "label", "text", "low", "level");

    private BandReader() {
    }

    static List<Band> readAll(YamlMap scale, ResponseFormat format) {
        Problems problems = scale.problems();
        List<Band> bands = new ArrayList<>();
        Node node = scale.required("bands", "bands: a list of bands from lo to hi, each - {id: ..., min: ..., max: ...}");
        List<Node> entries = node == null ? null : Scalars.list(node, scale.what("bands"), problems);
        if (entries == null) {
            return bands;
        }
        if (entries.isEmpty()) {
            problems.at(node, scale.what("bands") + " is empty; add bands that run from lo to hi");
            return bands;
        }
        int before = problems.count();
        List<BandCoverage.At> located = new ArrayList<>();
        List<Located<String>> ids = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            YamlMap map = YamlMap.of(entries.get(i), scale.where() + " " + Ids.where("band", entries.get(i), i),
                    FIELDS, problems);
            if (map != null) {
                Band band = read(map);
                bands.add(band);
                located.add(new BandCoverage.At(band, Problems.line(map.node()), Problems.line(map.get("min")),
                        Problems.line(map.get("max")), Problems.line(map.get("level"))));
                ids.add(new Located<>(band.id(), Problems.line(map.get("id"))));
            }
        }
        Ids.unique("band", ids, " in " + scale.where(), problems);
        if (format != null && problems.count() == before) {
            BandCoverage.check(scale.where(), located, format, problems);
        }
        return bands;
    }

    private static Band read(YamlMap map) {
        String id = Ids.read(map, Ids.PART, "low");
        Double min = Fields.number(map, "min", "min: 1.0");
        Double max = Fields.number(map, "max", "max: 2.5");
        if (min != null && max != null && min >= max) {
            map.problems().at(map.get("max"), map.where() + " has min " + Numbers.format(min) + " and max "
                    + Numbers.format(max) + "; make min smaller than max");
        }
        Text label = Fields.text(map, "label");
        Text text = Fields.text(map, "text");
        boolean low = Fields.bool(map, "low", false);
        Integer level = null;
        if (map.has("level")) {
            level = Scalars.integer(map.get("level"), map.what("level"), map.problems());
            if (level != null && (level < 1 || level > 5)) {
                map.problems().at(map.get("level"), map.what("level") + " " + level
                        + " is not a maturity level; use 1 (ad hoc) to 5 (optimised)");
            }
        }
        return new Band(id, min == null ? Double.NaN : min, max == null ? Double.NaN : max, label, text, level, low);
    }
}
