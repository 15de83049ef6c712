package org.concord.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The mark a browser gets when its user signs in (a cookie, OWASP's "device cookie"): a random
 * nonce and an HMAC of it with the user name, under a key that never leaves the server. A
 * browser bringing a valid mark for the name it types is the owner's, as far as
 * {@link SignInThrottle} is concerned, and is counted apart from strangers guessing. The key is
 * made at random until {@link SharedDeviceKey} sets the one every instance of the cluster
 * shares (kept in the database), so a mark is valid on whichever instance the browser reaches.
 */
public final class DeviceMark {

    public static final String COOKIE = "concord-device";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile byte[] key = new byte[32];

    static {
        RANDOM.nextBytes(key);
    }

    /** Uses {@code shared} (32 bytes) as the key from now on. */
    static void useKey(byte[] shared) {
        if (shared.length != 32) {
            throw new IllegalArgumentException("a device mark key has 32 bytes");
        }
        key = shared.clone();
    }

    private DeviceMark() {
    }

    /** A new mark for {@code username}. */
    public static String issue(String username) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        return encoded + "." + mac(encoded, username);
    }

    /** {@code mark} when it was issued for {@code username}, else null. */
    public static String validFor(String mark, String username) {
        if (mark == null || username == null) {
            return null;
        }
        int dot = mark.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        byte[] expected = mac(mark.substring(0, dot), username).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, mark.substring(dot + 1).getBytes(StandardCharsets.US_ASCII)) ? mark : null;
    }

    private static String mac(String nonce, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sum = mac.doFinal((nonce + "\n" + username.strip().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
