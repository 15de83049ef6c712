package org.concord.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * What the identity store found when checking a password in this request, for the sign-in
 * page: the server's answer says only valid or not, while the page also tells a person that
 * their account is locked.
 */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    void record(SignInResult result) {
        this.result = result;
    }

    public Optional<SignInResult> result() {
        return Optional.ofNullable(result);
    }

    public boolean isLocked() {
        return result != null && result.outcome() == SignInResult.Outcome.LOCKED;
    }
}
