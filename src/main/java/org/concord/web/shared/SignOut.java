package org.concord.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.concord.security.AccountService;
import org.concord.security.CurrentUser;

/**
 * The sign-out button in the page header. It is a form post (a link could be followed by
 * another site or a prefetching browser); it ends the sign-in, throws the session away and
 * opens the sign-in page in the language the person was reading.
 */
@Named
@RequestScoped
public class SignOut {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountService accounts;

    @Inject
    private LanguageSelection language;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String code = language.getCode();
        if (currentUser.isSignedIn()) {
            accounts.recordSignOut(currentUser.getUsername());
        }
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/signin.xhtml?signedOut=true&lang=" + code);
    }
}
