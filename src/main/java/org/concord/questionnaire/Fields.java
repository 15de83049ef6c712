package org.concord.questionnaire;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one required field of a part (the file, a scale, a band, an item) as text, a whole
 * number or a number, reporting it missing with an example of what to add. Returns null (or an
 * empty text) when the field is missing or wrong, so that the caller reads on.
 */
final class Fields {

    private Fields() {
    }

    static Text text(YamlMap map, String name) {
        Node node = map.required(name, name + ": {en: ..., fr: ...}");
        return node == null ? Text.of("", "") : Texts.read(node, map.what(name), map.problems());
    }

    static String string(YamlMap map, String name, String example) {
        Node node = map.required(name, example);
        return node == null ? null : Scalars.string(node, map.what(name), map.problems());
    }

    static Integer integer(YamlMap map, String name, String example) {
        Node node = map.required(name, example);
        return node == null ? null : Scalars.integer(node, map.what(name), map.problems());
    }

    static Double number(YamlMap map, String name, String example) {
        Node node = map.required(name, example);
        return node == null ? null : Scalars.number(node, map.what(name), map.problems());
    }

    /** An optional boolean field; {@code otherwise} when it is absent. */
    static boolean bool(YamlMap map, String name, boolean otherwise) {
        Node node = map.get(name);
        if (node == null) {
            return otherwise;
        }
        Boolean value = Scalars.bool(node, map.what(name), map.problems());
        return value == null ? otherwise : value;
    }
}
