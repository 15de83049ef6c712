package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static List<String> problems(String current, String chosen, String repeated) {
        return PasswordRules.problems(current.toCharArray(), chosen.toCharArray(), repeated.toCharArray());
    }

    @Test
    void twelveCharactersDifferentFromTheOldAndRepeatedAreFine() {
        assertEquals(List.of(), problems("old password 1", "new password", "new password"));
    }

    @Test
    void elevenCharactersAreTooShort() {
        assertEquals(List.of("password.problem.tooShort"), problems("old password 1", "elevenchars", "elevenchars"));
    }

    @Test
    void theOldPasswordCannotBeChosenAgain() {
        assertEquals(List.of("password.problem.unchanged"), problems("old password 1", "old password 1", "old password 1"));
    }

    @Test
    void bothNewPasswordsMustBeTheSame() {
        assertEquals(List.of("password.problem.notRepeated"), problems("old password 1", "new password", "new passwore"));
    }

    @Test
    void everyProblemIsToldAtOnce() {
        assertEquals(List.of("password.problem.tooShort", "password.problem.unchanged", "password.problem.notRepeated"),
                problems("short", "short", "shorter"));
    }
}
