package org.concord.security;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/**
 * Concord's {@link Passwords} outside the server, on Soteria's {@code Pbkdf2PasswordHashImpl}
 * (the Jakarta Security implementation Payara ships), for tests that store or check a password.
 */
public final class PlatformPasswords {

    private PlatformPasswords() {
    }

    public static Passwords passwords() {
        return new Passwords(new Pbkdf2PasswordHashImpl());
    }

    /** {@code password} hashed as Concord stores it. */
    public static String hash(String password) {
        return passwords().hash(password.toCharArray());
    }
}
