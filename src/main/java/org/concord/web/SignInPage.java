package org.concord.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.concord.security.SignInAttempt;
import org.concord.security.SignInTarget;

/**
 * Backs the sign-in page: hands the user name and password to the server's form sign-in, then
 * gives the session a new id (so an id planted before sign-in is worth nothing) and returns the
 * person to the page they asked for. A refusal says only that the user name or password is
 * wrong, plus, when it is so, that the account is locked for a while.
 */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInAttempt attempt;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(
                        new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                new Password(password == null ? "" : password))));
        password = null;
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                external.redirect(external.getRequestContextPath() + SignInTarget.of(next));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                PageMessages.error("signin.failed");
                if (attempt.isLocked()) {
                    PageMessages.error("signin.locked");
                }
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
