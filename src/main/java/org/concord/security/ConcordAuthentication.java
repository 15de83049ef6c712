package org.concord.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdConstant;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Logger;

/**
 * The one way Concord's pages sign people in, beside each other: the local form (the sign-in
 * page hands a user name and password to {@code SecurityContext.authenticate}, checked by
 * {@link ConcordIdentityStore}), and, when an issuer is configured ({@link SingleSignOn}), the
 * OpenID Connect provider through Jakarta Security's own mechanism, declared here and reached
 * only at {@value SingleSignOn#PATH}: a visit there without a code goes to the provider, and
 * the provider sends the person back there with one. Jakarta Security 3 lets an application
 * have one mechanism, so this one (an alternative, chosen over the server's OpenID mechanism)
 * hands that path to the OpenID mechanism and does the form's work itself. A person the
 * provider knows but Concord refuses (no Concord role, a disabled account) is sent to a page
 * saying why, signed in to nothing. A sign-in lives in the session ({@code @AutoApplySession});
 * one through the provider keeps its account's {@link SessionEpoch} and the ID token and
 * end-session address that sign-out needs.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.issuer}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${baseURL}" + SingleSignOn.PATH,
        scope = {OpenIdConstant.OPENID_SCOPE, OpenIdConstant.EMAIL_SCOPE, OpenIdConstant.PROFILE_SCOPE},
        useNonce = true,
        redirectToOriginalResource = false)
@AutoApplySession
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ConcordAuthentication implements HttpAuthenticationMechanism {

    /** The session attribute holding the provider's ID token, as the hint of a sign-out there. */
    static final String ID_TOKEN = "concord.sso.idToken";
    /** The session attribute holding the provider's end-session address, when it has one. */
    static final String END_SESSION = "concord.sso.endSession";

    private static final Logger LOG = Logger.getLogger(ConcordAuthentication.class.getName());

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SingleSignOn singleSignOn;

    @Inject
    private SignInOutcome outcome;

    @Inject
    private OpenIdContext openId;

    @Inject
    private BeanManager beans;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (singleSignOn.isEnabled() && SingleSignOn.PATH.equals(AccessFilter.pathOf(request))) {
            return throughProvider(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus throughProvider(HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context) throws AuthenticationException {
        AuthenticationStatus status = openIdMechanism().validateRequest(request, response, new HttpMessageContextWrapper(context) {
            @Override
            public boolean isProtected() {
                return true;
            }
        });
        if (outcome.refusal().isPresent() || status == AuthenticationStatus.SEND_FAILURE) {
            String reason = outcome.refusal().orElse("failed");
            LOG.info(() -> "a sign-in through the OpenID provider was refused: " + reason);
            context.cleanClientSubject();
            return context.redirect(request.getContextPath() + SingleSignOn.REFUSED_PAGE + "?reason=" + reason);
        }
        if (status == AuthenticationStatus.SUCCESS && outcome.caller().isPresent()) {
            request.changeSessionId();
            SessionEpoch.keep(request, outcome.caller().get().sessionEpoch());
            outcome.identityToken().ifPresent(token -> request.getSession().setAttribute(ID_TOKEN, token));
            String endSession = openId.getProviderMetadata() == null ? null
                    : openId.getProviderMetadata().getString("end_session_endpoint", null);
            if (endSession != null) {
                request.getSession().setAttribute(END_SESSION, endSession);
            }
        }
        return status;
    }

    /** The server's OpenID Connect mechanism, made from the definition above. */
    private HttpAuthenticationMechanism openIdMechanism() {
        Bean<?> bean = OpenIdMechanismBean.get();
        if (bean == null) {
            throw new IllegalStateException("the server has no OpenID Connect mechanism");
        }
        return (HttpAuthenticationMechanism) beans.getReference(bean, bean.getBeanClass(), beans.createCreationalContext(bean));
    }
}
