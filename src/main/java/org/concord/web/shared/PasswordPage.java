package org.concord.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.concord.security.AccountService;
import org.concord.security.CurrentUser;
import org.concord.security.SessionEpoch;

/**
 * Backs the page where a signed-in person changes their password, which they must do first
 * after signing in with a password an administrator or the first start gave them. Each broken
 * rule (too short, unchanged, typed differently twice, easy to guess and why, current password
 * wrong) is shown. A change ends every other sign-in of the account; this one goes on.
 */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountService accounts;

    private String current;
    private String chosen;
    private String repeated;

    public void change() throws IOException {
        try {
            int epoch = accounts.changePassword(currentUser.getUsername(), chars(current), chars(chosen), chars(repeated));
            SessionEpoch.keep((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(), epoch);
        } finally {
            current = chosen = repeated = null;
        }
        Messages.info("password.changed");
        Messages.info("password.otherSessionsEnded");
        Messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/");
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
