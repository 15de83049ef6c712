package org.concord.security;

import java.util.Optional;

/**
 * What came of one attempt to sign in: signed in (with who), or refused. A refusal never says
 * which of user name and password was wrong, nor whether the account exists.
 */
public record SignInResult(Outcome outcome, Optional<Caller> caller) {

    public enum Outcome {
        SIGNED_IN, REFUSED
    }

    public static SignInResult signedIn(Caller caller) {
        return new SignInResult(Outcome.SIGNED_IN, Optional.of(caller));
    }

    public static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, Optional.empty());
    }

    public boolean isSignedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
