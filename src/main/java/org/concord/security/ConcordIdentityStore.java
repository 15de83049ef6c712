package org.concord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * How Concord signs people in, with Jakarta Security: a form on Concord's own page
 * ({@code /signin.xhtml}, whose bean hands the user name and password to the server) checked
 * against the accounts table through {@link AccountService#signIn}, which verifies the PBKDF2
 * hash and writes the audit trail (the sign-in page asks {@link SignInThrottle} first). The server then keeps the sign-in in
 * the session. Which page needs which role is not declared to the server but in
 * {@link AccessRules}, applied by {@link AccessFilter}; so the server never redirects to the
 * form by itself, and the filter sends visitors there.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = AccessRules.SIGN_IN_PAGE, errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class ConcordIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = accounts.signIn(given.getCaller(), given.getPassword().getValue());
        return result.caller()
                .map(caller -> new CredentialValidationResult(caller.username(),
                        caller.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
