package org.concord.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a password a person chooses must be: at least {@value #MIN_LENGTH} characters, not the
 * password it replaces, and typed the same way twice. Each broken rule is returned as the key
 * of the message that explains it, so that the page says every problem at once.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;

    private PasswordRules() {
    }

    /** The message keys of the rules {@code chosen} breaks; empty when it may be used. */
    public static List<String> problems(char[] current, char[] chosen, char[] repeated) {
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
        return problems;
    }
}
