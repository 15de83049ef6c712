package org.concord.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes, in the format Jakarta Security's {@code Pbkdf2PasswordHash} reads
 * ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}, Base64), so the database identity store
 * can verify what this class wrote. Also makes the random passwords Concord hands out.
 */
public final class PasswordHash {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 256;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return ALGORITHM + ":" + ITERATIONS + ":" + b64(salt) + ":" + b64(derive(password, salt, ITERATIONS));
    }

    public static boolean verify(char[] password, String stored) {
        String[] parts = stored.split(":");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1])));
    }

    /** Whether a string has the shape of a stored hash (so that no password is stored by mistake). */
    public static boolean looksLikeHash(String value) {
        return value != null && value.matches(ALGORITHM + ":\\d+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+");
    }

    /** A random password of {@code length} characters without look-alikes (0/O, 1/l/I). */
    public static char[] randomPassword(int length) {
        char[] password = new char[length];
        for (int i = 0; i < length; i++) {
            password[i] = PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length()));
        }
        return password;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            var spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
