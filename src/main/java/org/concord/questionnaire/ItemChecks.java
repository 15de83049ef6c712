package org.concord.questionnaire;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks across scales and items that keep scores meaningful: every scale has at least
 * {@value #MIN_ITEMS} items (fewer give a score too noisy to interpret and no reliability), and
 * no two items ask the same thing in the same language (a copy-paste slip that would count one
 * question twice).
 */
final class ItemChecks {

    static final int MIN_ITEMS = 3;

    private ItemChecks() {
    }

    static void check(List<Located<Scale>> scales, List<Located<Item>> items, Problems problems) {
        itemsPerScale(scales, items, problems);
        distinctTexts(items, problems);
    }

    private static void itemsPerScale(List<Located<Scale>> scales, List<Located<Item>> items, Problems problems) {
        for (Located<Scale> scale : scales) {
            String id = scale.value().id();
            if (id == null) {
                continue;
            }
            List<String> its = items.stream().map(Located::value).filter(i -> id.equals(i.scale()))
                    .map(i -> String.valueOf(i.id())).toList();
            if (its.isEmpty()) {
                problems.add(scale.line(), "scale '" + id + "' has no items; give it at least " + MIN_ITEMS
                        + " items, or remove it");
            } else if (its.size() < MIN_ITEMS) {
                problems.add(scale.line(), "scale '" + id + "' has only " + its.size() + (its.size() == 1 ? " item (" : " items (")
                        + String.join(", ", its) + "); give it at least " + MIN_ITEMS
                        + " so that its score and reliability mean something");
            }
        }
    }

    private static void distinctTexts(List<Located<Item>> items, Problems problems) {
        for (String language : List.of("en", "fr")) {
            Map<String, Located<Item>> seen = new HashMap<>();
            for (Located<Item> item : items) {
                String text = normalise(item.value().text().byLanguage().getOrDefault(language, ""));
                if (text.isEmpty()) {
                    continue;
                }
                Located<Item> first = seen.putIfAbsent(text, item);
                if (first != null) {
                    problems.add(item.line(), "item '" + item.value().id() + "' has the same " + language
                            + " text as item '" + first.value().id() + "' (line " + first.line()
                            + "); each item must ask something different");
                }
            }
        }
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
