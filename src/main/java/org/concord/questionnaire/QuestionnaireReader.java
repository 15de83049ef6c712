package org.concord.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a composed YAML document into a {@link Questionnaire}: the header fields here, the
 * response format, quadrant, scales and items through their own readers, then the checks across
 * them. Every reader reports what is wrong and reads on, so a file's problems all come out in one
 * run; the questionnaire is built only when there is none.
 */
final class QuestionnaireReader {

    private static final Set<String> FIELDS = Set.of("id", "version", "kind", "title", "description",
            "instructions", "minutes", "source", "licence", "validated", "quadrant", "responseFormat", "scales", "items");
    private static final String KINDS = "self-report, interviewer-rated, team-member";

    private QuestionnaireReader() {
    }

    /** The questionnaire, or null when {@code problems} received any. */
    static Questionnaire read(Node root, String fileName, Problems problems) {
        int before = problems.count();
        if (!(root instanceof MappingNode)) {
            problems.at(root, "the file must be a mapping of fields (id: ..., version: ..., ...) at its top level, not "
                    + Scalars.describe(root));
            return null;
        }
        YamlMap top = YamlMap.of(root, "", FIELDS, problems);
        String id = Ids.read(top, Ids.QUESTIONNAIRE, fileName.replaceFirst("\\..*", ""));
        Integer version = version(top);
        Kind kind = kind(top);
        Text title = Fields.text(top, "title");
        Text description = Fields.text(top, "description");
        Text instructions = Fields.text(top, "instructions");
        Integer minutes = Fields.integer(top, "minutes", "minutes: 5");
        if (minutes != null && minutes < 1) {
            problems.at(top.get("minutes"), "minutes " + minutes
                    + " must be a positive whole number: the minutes a respondent is told it takes, like 5");
        }
        String source = Fields.string(top, "source", "source: \"Concord\"");
        String licence = Fields.string(top, "licence", "licence: \"...\"");
        boolean validated = Fields.bool(top, "validated", false);
        ResponseFormat format = ResponseFormatReader.read(top);
        QuadrantAxis quadrant = QuadrantReader.read(top.get("quadrant"), format, problems);
        List<Located<Scale>> scales = ScaleReader.readAll(top, format);
        List<String> scaleIds = scales.stream().map(s -> s.value().id()).filter(Objects::nonNull).distinct().toList();
        List<Located<Item>> items = ItemReader.readAll(top, kind, format, scaleIds);
        ItemChecks.check(scales, items, problems);
        FileNameCheck.check(fileName, id, top.get("id"), version, top.get("version"), problems);
        if (problems.count() > before) {
            return null;
        }
        return new Questionnaire(id, version, kind, title, description, instructions, format,
                scales.stream().map(Located::value).toList(), items.stream().map(Located::value).toList(),
                source, licence, validated, quadrant, minutes);
    }

    private static Integer version(YamlMap top) {
        Integer version = Fields.integer(top, "version", "version: 1");
        if (version != null && version < 1) {
            top.problems().at(top.get("version"), "version " + version + " must be a whole number of 1 or more");
            return null;
        }
        return version;
    }

    private static Kind kind(YamlMap top) {
        String code = Fields.string(top, "kind", "kind: self-report (or " + KINDS + ")");
        Kind kind = code == null ? null : Kind.fromCode(code);
        if (code != null && kind == null) {
            top.problems().at(top.get("kind"), "kind '" + code + "' is not one of: " + KINDS);
        }
        return kind;
    }
}
