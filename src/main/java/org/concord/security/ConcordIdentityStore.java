package org.concord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Who a sign-in is, for Jakarta Security, in both ways in ({@link ConcordAuthentication}): a
 * user name and password from Concord's own form ({@code /signin.xhtml}) checked against the
 * accounts table through {@link AccountService#signIn}, which verifies the PBKDF2 hash and
 * writes the audit trail (the sign-in page asks {@link SignInThrottle} first); or a person the
 * OpenID provider has just vouched for, whose ID token's subject, name and groups claim
 * {@link AccountService#signInThroughProvider} turns into a Concord account and roles. It is
 * asked before the server's own OpenID store, so that a person the provider knows but Concord
 * refuses is refused ({@link SignInOutcome} tells the mechanism why). Which page needs which
 * role is not declared to the server but in {@link AccessRules}, applied by {@link AccessFilter}.
 */
@ApplicationScoped
public class ConcordIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(ConcordIdentityStore.class.getName());

    @Inject
    private AccountService accounts;

    @Inject
    private SingleSignOn singleSignOn;

    @Inject
    private SignInOutcome outcome;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential given) {
            SignInResult result = accounts.signIn(given.getCaller(), given.getPassword().getValue());
            return result.caller().map(ConcordIdentityStore::valid).orElse(CredentialValidationResult.INVALID_RESULT);
        }
        if (credential != null && credential.getClass().getSimpleName().equals("OpenIdCredential") && singleSignOn.isEnabled()) {
            return throughProvider(credential);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    /** Before the server's own OpenID store (priority 100), which would take any person the provider knows. */
    @Override
    public int priority() {
        return 10;
    }

    private CredentialValidationResult throughProvider(Credential credential) {
        IdentityToken token = identityToken(credential);
        if (token == null) {
            outcome.refuse("failed");
            return CredentialValidationResult.INVALID_RESULT;
        }
        outcome.identityToken(token.getToken());
        JwtClaims claims = token.getJwtClaims();
        String subject = claims.getSubject().orElse(null);
        if (subject == null) {
            outcome.refuse("failed");
            return CredentialValidationResult.INVALID_RESULT;
        }
        List<String> groups = groups(claims, singleSignOn.getRolesClaim());
        if (groups.isEmpty()) {
            groups = groups(accessTokenClaims(credential), singleSignOn.getRolesClaim());
        }
        Optional<Caller> caller = accounts.signInThroughProvider(singleSignOn.getIssuer(), subject,
                claims.getStringClaim("preferred_username").orElse(null), claims.getStringClaim("name").orElse(null),
                singleSignOn.roles(groups));
        if (caller.isEmpty()) {
            outcome.refuse(singleSignOn.roles(groups).isEmpty() ? "noRole" : "disabled");
            return CredentialValidationResult.INVALID_RESULT;
        }
        outcome.signedIn(caller.get());
        return valid(caller.get());
    }

    /**
     * The verified ID token the server's OpenID mechanism hands over in its credential (the
     * OpenID context is filled only once the sign-in is accepted). Jakarta Security 3 gives
     * the credential no public type, so it is read by the method the server's class has.
     */
    private static IdentityToken identityToken(Credential credential) {
        try {
            Method method = credential.getClass().getDeclaredMethod("getIdentityTokenImpl");
            method.setAccessible(true);
            return (IdentityToken) method.invoke(credential);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot read the ID token of a sign-in through the OpenID provider", e);
            return null;
        }
    }

    private static JwtClaims accessTokenClaims(Credential credential) {
        try {
            AccessToken token = (AccessToken) credential.getClass().getMethod("getAccessToken").invoke(credential);
            return token == null ? null : token.getJwtClaims();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The values of the groups claim: a list of strings, or one string (space or comma separated). */
    private static List<String> groups(JwtClaims claims, String name) {
        List<String> values = new ArrayList<>();
        if (claims == null) {
            return values;
        }
        try {
            for (String value : claims.getArrayStringClaim(name)) {
                values.addAll(List.of(value.split("[ ,]+")));
            }
        } catch (IllegalArgumentException notStrings) {
            return List.of();
        }
        values.removeIf(String::isBlank);
        return values;
    }

    private static CredentialValidationResult valid(Caller caller) {
        return new CredentialValidationResult(caller.username(),
                caller.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
