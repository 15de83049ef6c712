package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {

    private static final String STRONG = "violet tractor mumbles";

    private static List<String> problems(String current, String chosen, String repeated) {
        return PasswordRules.problems(current.toCharArray(), chosen.toCharArray(), repeated.toCharArray());
    }

    private static List<String> problemsOf(String chosen, String... context) {
        return PasswordRules.problems("old password 1".toCharArray(), chosen.toCharArray(), chosen.toCharArray(), List.of(context));
    }

    @Test
    void aLongUnguessablePasswordDifferentFromTheOldAndRepeatedIsFine() {
        assertEquals(List.of(), problems("old password 1", STRONG, STRONG));
    }

    @Test
    void elevenCharactersAreTooShort() {
        assertEquals(List.of("password.problem.tooShort"), problems("old password 1", "Xq7#vR2!kp9", "Xq7#vR2!kp9"));
    }

    @Test
    void theOldPasswordCannotBeChosenAgain() {
        assertEquals(List.of("password.problem.unchanged"), problems(STRONG, STRONG, STRONG));
    }

    @Test
    void bothNewPasswordsMustBeTheSame() {
        assertEquals(List.of("password.problem.notRepeated"), problems("old password 1", STRONG, STRONG + "x"));
    }

    @Test
    void everyProblemIsToldAtOnce() {
        assertEquals(List.of("password.problem.tooShort", "password.problem.unchanged", "password.problem.notRepeated"),
                problems("short", "short", "shorter"));
    }

    /** The examples and their kin: common, repetitive, sequences, keyboard rows, blanks. */
    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "password1234", "123456789012", "            ", "Password1234!",
            "qwertyuiopas", "abcdefghijkl", "111111111111", "iloveyou2024", "letmeinletmein", "abcabcabcabc",
            "P@ssw0rd2024", "monkey123456", "1q2w3e4r5t6y"})
    void guessablePasswordsAreRefusedWithAReason(String chosen) {
        List<String> problems = problemsOf(chosen, "anna", "Anna Smith");
        assertTrue(problems.contains("password.problem.guessable"), chosen + ": " + problems);
        assertTrue(problems.size() >= 2 || chosen.isBlank(), "says why: " + problems);
    }

    @Test
    void commonAndRepetitivePasswordsSayWhy() {
        assertTrue(problemsOf("password1234").contains("password.problem.common"));
        assertTrue(problemsOf("aaaaaaaaaaaa").contains("password.problem.repetitive"));
        assertTrue(problemsOf("123456789012").contains("password.problem.repetitive"));
    }

    @Test
    void theUserNameTheNameAndConcordAreRefused() {
        assertTrue(problemsOf("annasmithannasmith", "annasmith", "Anna Smith").contains("password.problem.context"));
        assertTrue(problemsOf("bartholomew.k bartholomew.k", "bartholomew.k", "Bart K").contains("password.problem.context"),
                "the user name twice");
        assertTrue(problemsOf("concordconcord1", "anna", "Anna").contains("password.problem.context"));
        assertTrue(problemsOf("Concord2026!!", "anna", "Anna").contains("password.problem.guessable"));
    }

    @Test
    void generatedPasswordsPass() {
        for (int i = 0; i < 200; i++) {
            char[] generated = Passwords.randomPassword(16);
            assertEquals(List.of(), PasswordRules.problems(new char[0], generated, generated, List.of("admin", "Administrator")),
                    new String(generated));
        }
    }
}
