package org.concord.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Set;
import org.concord.security.CurrentUser;
import org.concord.security.SingleSignOn;

/**
 * Backs the two pages of single sign-on: {@code /sso.xhtml}, where the OpenID provider sends a
 * person back once the server's mechanism has signed them in (it opens Concord's home, or the
 * sign-in page when nothing came of it), and {@code /sso-refused.xhtml}, which says why a
 * person the provider knows was refused (only the known reasons; anything else reads as a
 * failed sign-in).
 */
@Named
@RequestScoped
public class SsoPage {

    private static final Set<String> REASONS = Set.of("noRole", "disabled", "failed");

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SingleSignOn singleSignOn;

    /** The view action of {@code /sso.xhtml}. */
    public void arrive() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + (currentUser.isSignedIn() ? "/" : "/signin.xhtml"));
    }

    /** The message key of the refusal's reason. */
    public String getReasonKey() {
        String reason = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("reason");
        return "sso.refused." + (REASONS.contains(reason) ? reason : "failed");
    }

    public boolean isEnabled() {
        return singleSignOn.isEnabled();
    }

    public String getProviderName() {
        return singleSignOn.getProviderName();
    }
}
