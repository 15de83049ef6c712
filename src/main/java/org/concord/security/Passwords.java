package org.concord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Concord's passwords: hashed and checked by Jakarta Security's {@link Pbkdf2PasswordHash}
 * (the platform's PBKDF2) with the parameters every stored hash has had, PBKDF2WithHmacSHA256,
 * 210,000 iterations, a 32-byte salt and a 32-byte key, stored as
 * {@code PBKDF2WithHmacSHA256:iterations:salt:hash} in Base64; and the random passwords
 * Concord hands out.
 */
@ApplicationScoped
public class Passwords {

    /** What {@link Pbkdf2PasswordHash#initialize} is given: the hashes stored since the first release. */
    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pbkdf2PasswordHash pbkdf2;

    protected Passwords() {
        // for CDI's proxy
    }

    @Inject
    public Passwords(Pbkdf2PasswordHash pbkdf2) {
        pbkdf2.initialize(PARAMETERS);
        this.pbkdf2 = pbkdf2;
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    /** Whether {@code password} is the one {@code stored} was made from; never for a hash of another shape. */
    public boolean verify(char[] password, String stored) {
        if (!looksLikeHash(stored)) {
            return false;
        }
        try {
            return pbkdf2.verify(password, stored);
        } catch (IllegalArgumentException notAHash) {
            return false;
        }
    }

    /** Whether a string has the shape of a stored hash (so that no password is stored by mistake). */
    public static boolean looksLikeHash(String value) {
        return value != null && value.matches("PBKDF2WithHmacSHA256:\\d+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+");
    }

    /** A random password of {@code length} characters without look-alikes (0/O, 1/l/I). */
    public static char[] randomPassword(int length) {
        char[] password = new char[length];
        for (int i = 0; i < length; i++) {
            password[i] = PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length()));
        }
        return password;
    }
}
