package org.concord.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * What {@link ConcordIdentityStore} decided about a sign-in through the OpenID provider during
 * this request, for {@link ConcordAuthentication}: who signed in, or why they were refused (the
 * key of the refusal page's message: {@code noRole}, {@code disabled}, {@code failed}).
 */
@RequestScoped
public class SignInOutcome {

    private Caller caller;
    private String refusal;
    private String identityToken;

    void identityToken(String token) {
        this.identityToken = token;
    }

    /** The provider's ID token of this sign-in (the hint of a later sign-out there). */
    Optional<String> identityToken() {
        return Optional.ofNullable(identityToken);
    }

    void signedIn(Caller who) {
        this.caller = who;
        this.refusal = null;
    }

    void refuse(String reason) {
        this.caller = null;
        this.refusal = reason;
    }

    Optional<Caller> caller() {
        return Optional.ofNullable(caller);
    }

    Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }
}
