package org.concord.security;

import java.time.Duration;

/**
 * Slows down password guessing without locking anyone out (NIST SP 800-63B 5.2.2): each failed
 * sign-in counts against the user name typed (whether or not such an account exists, so the
 * answer never tells), against the address it came from, and, for a browser that signed in to
 * that account before, against that browser instead of both; after a few free failures each
 * key must wait a delay that doubles with every further failure, up to a ceiling. A success
 * clears the user name's and the browser's count. Kept behind this interface so that the
 * counts can later live where every instance sees them.
 */
public interface SignInThrottle {

    /** Who tries: the user name typed, the address, and the browser's device mark for that name (or null). */
    record Attempt(String username, String address, String device) {
    }

    /** How long {@code attempt} must still wait before a password is checked; zero when it may try now. */
    Duration wait(Attempt attempt);

    /** Counts a wrong password (or unknown user name). */
    void failed(Attempt attempt);

    /** The password was right: the user name's and the device's counts start again. */
    void succeeded(Attempt attempt);
}
