package org.concord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The settings of single sign-on through an OpenID Connect provider, read from MicroProfile
 * Config at every use (named {@code oidcConfig} for the expressions of
 * {@link ConcordAuthentication}'s {@code @OpenIdAuthenticationMechanismDefinition}): the
 * provider's issuer (none: single sign-on is off and the sign-in page offers only the local
 * form), Concord's client id and secret there, the name shown on the button, the claim that
 * carries a person's groups, and which of its values give which Concord role
 * ({@code concord.oidc.roles=concord-admin:ADMIN,concord-hr:HR}; without it a value naming a
 * role, any case, gives that role).
 */
@ApplicationScoped
@Named("oidcConfig")
public class SingleSignOn {

    /** The path the provider sends people back to, and where a single sign-on begins. */
    public static final String PATH = "/sso.xhtml";

    /** The page that tells a person why their sign-in through the provider was refused. */
    public static final String REFUSED_PAGE = "/sso-refused.xhtml";

    /**
     * Where to send a person who signed in through the provider once Concord's session is
     * ended, so that the provider ends theirs too (RP-initiated logout): the provider's
     * end-session address with the ID token as hint and {@code afterwards} (absolute, on
     * Concord) to come back to. Empty for local sign-ins and providers without one. Read from
     * {@code session} before it is invalidated.
     */
    public static Optional<String> endSession(jakarta.servlet.http.HttpSession session, String afterwards) {
        if (session == null || !(session.getAttribute(ConcordAuthentication.END_SESSION) instanceof String endpoint)
                || !(session.getAttribute(ConcordAuthentication.ID_TOKEN) instanceof String idToken)) {
            return Optional.empty();
        }
        return Optional.of(endpoint + (endpoint.contains("?") ? "&" : "?")
                + "id_token_hint=" + java.net.URLEncoder.encode(idToken, java.nio.charset.StandardCharsets.UTF_8)
                + "&post_logout_redirect_uri=" + java.net.URLEncoder.encode(afterwards, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Config config() {
        return ConfigProvider.getConfig(SingleSignOn.class.getClassLoader());
    }

    private static String setting(String name, String otherwise) {
        return config().getOptionalValue(name, String.class).map(String::strip).filter(v -> !v.isEmpty()).orElse(otherwise);
    }

    /** Whether an issuer is configured: only then is single sign-on offered. */
    public boolean isEnabled() {
        return !getIssuer().isEmpty();
    }

    /** The provider's issuer address (its metadata is at {@code <issuer>/.well-known/openid-configuration}); empty when off. */
    public String getIssuer() {
        return setting("concord.oidc.issuer", "");
    }

    public String getClientId() {
        return setting("concord.oidc.clientId", "concord");
    }

    public String getClientSecret() {
        return setting("concord.oidc.clientSecret", "");
    }

    /** The provider's name on the sign-in button ("Sign in with ..."). */
    public String getProviderName() {
        return setting("concord.oidc.name", "single sign-on");
    }

    /** The claim (of the ID token, else the access token) that carries the person's groups. */
    public String getRolesClaim() {
        return setting("concord.oidc.rolesClaim", "groups");
    }

    /** The Concord roles that the claim's {@code values} give: none when no value is mapped. */
    public Set<Role> roles(Collection<String> values) {
        Map<String, Role> mapping = mapping();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values) {
            Optional.ofNullable(mapping.get(value.strip().toLowerCase(Locale.ROOT))).ifPresent(roles::add);
        }
        return roles;
    }

    private static Map<String, Role> mapping() {
        Map<String, Role> mapping = new LinkedHashMap<>();
        String configured = setting("concord.oidc.roles", "");
        if (configured.isEmpty()) {
            for (Role role : Role.values()) {
                mapping.put(role.name().toLowerCase(Locale.ROOT), role);
            }
            return mapping;
        }
        for (String pair : configured.split(",")) {
            int colon = pair.lastIndexOf(':');
            if (colon <= 0) {
                continue;
            }
            String role = pair.substring(colon + 1).strip().toUpperCase(Locale.ROOT);
            for (Role known : Role.values()) {
                if (known.name().equals(role)) {
                    mapping.put(pair.substring(0, colon).strip().toLowerCase(Locale.ROOT), known);
                }
            }
        }
        return mapping;
    }
}
