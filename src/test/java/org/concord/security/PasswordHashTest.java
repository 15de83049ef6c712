package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void theRightPasswordVerifies() {
        String hash = PasswordHash.hash("correct horse".toCharArray());

        assertTrue(PasswordHash.verify("correct horse".toCharArray(), hash));
    }

    @Test
    void aWrongPasswordDoesNot() {
        String hash = PasswordHash.hash("correct horse".toCharArray());

        assertFalse(PasswordHash.verify("correct horsE".toCharArray(), hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(PasswordHash.hash("same".toCharArray()), PasswordHash.hash("same".toCharArray()));
    }

    @Test
    void theFormatIsJakartaSecuritysPbkdf2() {
        String[] parts = PasswordHash.hash("x".toCharArray()).split(":");

        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals(String.valueOf(PasswordHash.ITERATIONS), parts[1]);
        assertTrue(PasswordHash.looksLikeHash(String.join(":", parts)));
    }

    @Test
    void aHashOfAnotherAlgorithmNeverVerifies() {
        assertFalse(PasswordHash.verify("x".toCharArray(), "MD5:1:AAAA:BBBB"));
    }

    @Test
    void randomPasswordsAvoidLookAlikeCharacters() {
        String password = new String(PasswordHash.randomPassword(200));

        assertEquals(200, password.length());
        assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0));
    }
}
