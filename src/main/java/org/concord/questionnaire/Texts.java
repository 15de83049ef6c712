package org.concord.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the texts people read: a mapping {@code {en: ..., fr: ...}} with a non-empty text in
 * every language of {@link Text#LANGUAGES} and no other language. A respondent must never meet a
 * blank item or a label in the wrong language, so a missing translation is an error, not a
 * fallback.
 */
final class Texts {

    private static final Map<String, String> NAMES = Map.of("en", "English", "fr", "French");

    private Texts() {
    }

    /** Reads a text; returns what could be read (possibly incomplete) so that reading goes on. */
    static Text read(Node node, String what, Problems problems) {
        if (node == null || Scalars.isNull(node)) {
            problems.at(node, what + " is empty; give it in English and French: {en: ..., fr: ...}");
            return Text.of("", "");
        }
        if (node instanceof ScalarNode) {
            problems.at(node, what + " must give the text in English and French, as {en: ..., fr: ...}, not "
                    + Scalars.describe(node));
            return Text.of("", "");
        }
        YamlMap map = YamlMap.of(node, what, problems, language -> Text.LANGUAGES.contains(language) ? null
                : what + " has the unknown language '" + language + "'; Concord speaks en and fr only: remove it");
        if (map == null) {
            return Text.of("", "");
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        for (String language : List.of("en", "fr")) {
            Node value = map.get(language);
            if (value == null) {
                problems.at(node, what + " has no " + NAMES.get(language) + "; add " + language + ": ...");
                continue;
            }
            if (Scalars.isNull(value) || value instanceof ScalarNode scalar
                    && value.getTag().equals(Tag.STR) && scalar.getValue().isBlank()) {
                problems.at(value, what + "." + language + " is empty; write the " + NAMES.get(language) + " text");
                byLanguage.put(language, "");
                continue;
            }
            String text = Scalars.string(value, what + "." + language, problems);
            byLanguage.put(language, text == null ? "" : text);
        }
        return new Text(byLanguage);
    }

    /** Reads an optional list of texts (probes); an absent field gives an empty list. */
    static List<Text> list(Node node, String what, Problems problems) {
        List<Text> texts = new ArrayList<>();
        if (node == null) {
            return texts;
        }
        List<Node> entries = Scalars.list(node, what, problems);
        if (entries != null) {
            for (int i = 0; i < entries.size(); i++) {
                texts.add(read(entries.get(i), what + " " + (i + 1), problems));
            }
        }
        return texts;
    }
}
