package org.concord.security;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password a person chooses must be: at least {@value #MIN_LENGTH} characters, not the
 * password it replaces, typed the same way twice, and hard to guess as zxcvbn measures it
 * (score at least {@value #MIN_SCORE} of 4, about 10^10 guesses): no common password or word,
 * no repetition, sequence or keyboard walk, and nothing made of the person's user name, their
 * name or "concord". Each broken rule is returned as the key of the message that explains it
 * (in English and French), so that the page says every problem at once.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    static final int MIN_SCORE = 3;
    /** A word of the person's context this long or longer may not appear in their password. */
    private static final int CONTEXT_WORD = 4;
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordRules() {
    }

    /** The message keys of the rules {@code chosen} breaks; empty when it may be used. */
    public static List<String> problems(char[] current, char[] chosen, char[] repeated) {
        return problems(current, chosen, repeated, List.of());
    }

    /**
     * As {@link #problems(char[], char[], char[])}, with the words a guesser would try first for
     * this person ({@code context}: their user name and name; "concord" is always added).
     */
    public static List<String> problems(char[] current, char[] chosen, char[] repeated, List<String> context) {
        List<String> problems = new ArrayList<>();
        if (chosen == null || chosen.length < MIN_LENGTH) {
            problems.add("password.problem.tooShort");
        }
        if (chosen != null && current != null && Arrays.equals(current, chosen)) {
            problems.add("password.problem.unchanged");
        }
        if (chosen != null && !Arrays.equals(chosen, repeated)) {
            problems.add("password.problem.notRepeated");
        }
        if (chosen != null && chosen.length >= MIN_LENGTH) {
            problems.addAll(weaknesses(chosen, context));
        }
        return problems;
    }

    /** Why {@code chosen} is easy to guess (message keys), or nothing when it is not. */
    static Set<String> weaknesses(char[] chosen, List<String> context) {
        List<String> inputs = new ArrayList<>(List.of("concord"));
        context.stream().filter(word -> word != null && !word.isBlank()).forEach(word -> {
            inputs.add(word.strip().toLowerCase(Locale.ROOT));
            inputs.addAll(List.of(word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        });
        inputs.removeIf(String::isBlank);
        String lower = new String(chosen).toLowerCase(Locale.ROOT);
        Set<String> reasons = new LinkedHashSet<>();
        if (inputs.stream().anyMatch(word -> word.length() >= CONTEXT_WORD && lower.contains(word))) {
            reasons.add("password.problem.context");
        }
        Strength strength = ZXCVBN.measure(new String(chosen), inputs);
        if (strength.getScore() >= MIN_SCORE && reasons.isEmpty()) {
            return reasons;
        }
        for (Match match : strength.getSequence()) {
            if (match.pattern == Pattern.Dictionary && "user_inputs".equals(match.dictionaryName)) {
                reasons.add("password.problem.context");
            } else if (match.pattern == Pattern.Dictionary) {
                reasons.add("password.problem.common");
            } else if (match.pattern == Pattern.Repeat || match.pattern == Pattern.Sequence || match.pattern == Pattern.Spatial) {
                reasons.add("password.problem.repetitive");
            } else if (match.pattern == Pattern.Date) {
                reasons.add("password.problem.date");
            }
        }
        reasons.add("password.problem.guessable");
        return reasons;
    }
}
