package org.concord.web.shared;

import java.util.Optional;
import org.concord.security.SingleSignOn;

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
 * opens the sign-in page in the language the person was reading; a person who signed in through
 * the OpenID provider goes through the provider's end-session address first, so that the
 * provider's sign-in ends too (the one redirect that leaves Concord, and comes back to it).
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
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String signedOut = "/signin.xhtml?signedOut=true&lang=" + code;
        Optional<String> atProvider = SingleSignOn.endSession(request.getSession(false), BaseUrl.current() + signedOut.substring(1));
        request.logout();
        external.invalidateSession();
        if (atProvider.isPresent()) {
            leaveFor(external, atProvider.get());
        } else {
            external.redirect(external.getRequestContextPath() + signedOut);
        }
    }

    /**
     * Opens {@code address} (the provider's end-session) from a page of its own rather than by a
     * redirect: the policy's {@code form-action 'self'} rightly stops a form post redirected to
     * another site, and a refresh is a new navigation, not the form's.
     */
    private static void leaveFor(ExternalContext external, String address) throws IOException {
        String shown = address.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;");
        external.setResponseContentType("text/html;charset=UTF-8");
        external.getResponseOutputWriter().write("<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"0;url="
                + shown + "\"><title>Concord</title></head><body><p><a id=\"provider-sign-out\" href=\"" + shown
                + "\">&#8594;</a></p></body></html>");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
