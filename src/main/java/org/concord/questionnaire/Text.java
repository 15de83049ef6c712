package org.concord.questionnaire;

import java.util.Map;
import java.util.Set;

/**
 * A text a person reads, in every language Concord speaks. Questionnaire files give each
 * title, item, label and band text in English and French; the loader refuses a file where one
 * is missing, so {@link #in(String)} always has an answer for a supported language.
 */
public record Text(Map<String, String> byLanguage) implements java.io.Serializable {

    /** The languages every questionnaire text must be given in. */
    public static final Set<String> LANGUAGES = Set.of("en", "fr");

    public Text {
        byLanguage = Map.copyOf(byLanguage);
    }

    /** The text in the given language, falling back to English. */
    public String in(String language) {
        String text = byLanguage.get(language);
        return text != null ? text : byLanguage.getOrDefault("en", "");
    }

    public static Text of(String en, String fr) {
        return new Text(Map.of("en", en, "fr", fr));
    }
}
