package org.concord.questionnaire;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Finds the name an author probably meant when they wrote one that does not exist
 * ({@code minAnswerd} for {@code minAnswered}), so that a message can say what to write instead.
 */
final class Suggest {

    private Suggest() {
    }

    /** The candidate within two edits of {@code name} (ignoring case), or null when none is that close. */
    static String closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : sorted(candidates)) {
            int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    static List<String> sorted(Collection<String> names) {
        return names.stream().sorted().toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
