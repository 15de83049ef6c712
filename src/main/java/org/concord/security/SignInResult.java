package org.concord.security;

import java.util.Optional;

/**
 * What came of one attempt to sign in: signed in (with who), refused for a wrong user name or
 * password, or refused because the account is locked. The page tells the last two apart only
 * by adding that the account is locked; it never says which of user name and password was wrong.
 */
public record SignInResult(Outcome outcome, Optional<Caller> caller) {

    public enum Outcome {
        SIGNED_IN, REFUSED, LOCKED
    }

    public static SignInResult signedIn(Caller caller) {
        return new SignInResult(Outcome.SIGNED_IN, Optional.of(caller));
    }

    public static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, Optional.empty());
    }

    public static SignInResult locked() {
        return new SignInResult(Outcome.LOCKED, Optional.empty());
    }

    public boolean isSignedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
