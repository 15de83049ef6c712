package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    /** Made by Concord's own PBKDF2 code before Jakarta Security's took over: every stored hash looks like it. */
    private static final String STORED_BEFORE = "PBKDF2WithHmacSHA256:210000:YrDuSDkaWgGaLrQzBQ8ylNfakI14v+/9iDB19TIu4w4=:"
            + "v7/tbiqlxnVrGJoPhWb9CcKT0jE1ADZUSJcqTpuoVs0=";

    private final Passwords passwords = PlatformPasswords.passwords();

    @Test
    void aHashStoredBeforeStillVerifies() {
        assertTrue(passwords.verify("correct horse battery".toCharArray(), STORED_BEFORE));
        assertFalse(passwords.verify("correct horse batterY".toCharArray(), STORED_BEFORE));
    }

    @Test
    void theRightPasswordVerifies() {
        String hash = passwords.hash("correct horse".toCharArray());

        assertTrue(passwords.verify("correct horse".toCharArray(), hash));
    }

    @Test
    void aWrongPasswordDoesNot() {
        String hash = passwords.hash("correct horse".toCharArray());

        assertFalse(passwords.verify("correct horsE".toCharArray(), hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(passwords.hash("same".toCharArray()), passwords.hash("same".toCharArray()));
    }

    @Test
    void newHashesHaveTheParametersOfTheStoredOnes() {
        String hash = passwords.hash("x".toCharArray());
        String[] parts = hash.split(":");

        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "key bytes");
        assertTrue(Passwords.looksLikeHash(hash));
    }

    @Test
    void aHashOfAnotherAlgorithmOrShapeNeverVerifies() {
        assertFalse(passwords.verify("x".toCharArray(), "MD5:1:AAAA:BBBB"));
        assertFalse(passwords.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:210000:not base64!:AAAA"));
        assertFalse(passwords.verify("x".toCharArray(), "x"));
    }

    @Test
    void randomPasswordsAvoidLookAlikeCharacters() {
        String password = new String(Passwords.randomPassword(200));

        assertEquals(200, password.length());
        assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0));
    }
}
