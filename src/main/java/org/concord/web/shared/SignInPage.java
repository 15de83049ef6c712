package org.concord.web.shared;

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
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.concord.security.AccountService;
import org.concord.security.DeviceMark;
import org.concord.security.SessionEpoch;
import org.concord.security.SignInTarget;
import org.concord.security.SignInThrottle;

/**
 * Backs the sign-in page: asks {@link SignInThrottle} whether this user name, address or browser
 * must still wait (then says how long, without checking the password), else hands the user name
 * and password to the server's form sign-in, gives the session a new id (so an id planted
 * before sign-in is worth nothing), marks the browser as the owner's ({@link DeviceMark}),
 * keeps the account's {@link SessionEpoch} and returns the person to the page they asked for.
 * A refusal says only that the user name or password is wrong, the same for every name.
 */
@Named
@RequestScoped
public class SignInPage {

    private static final int DEVICE_MARK_DAYS = 180;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private AccountService accounts;

    @Inject
    private ClientAddress clientAddress;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String name = username == null ? "" : username.strip();
        SignInThrottle.Attempt attempt = new SignInThrottle.Attempt(name, clientAddress.of(request),
                DeviceMark.validFor(deviceMark(request), name));
        Duration wait = throttle.wait(attempt);
        if (!wait.isZero()) {
            password = null;
            accounts.recordThrottled(name, wait);
            Messages.error("signin.throttled", Math.max(1, (wait.toMillis() + 999) / 1000));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true).credential(
                        new UsernamePasswordCredential(name, new Password(password == null ? "" : password))));
        password = null;
        switch (status) {
            case SUCCESS -> {
                throttle.succeeded(attempt);
                request.changeSessionId();
                accounts.caller(name).ifPresent(caller -> SessionEpoch.keep(request, caller.sessionEpoch()));
                markDevice(request, response, name);
                external.redirect(external.getRequestContextPath() + SignInTarget.of(next));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                throttle.failed(attempt);
                Messages.error("signin.failed");
            }
        }
    }

    private static String deviceMark(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> DeviceMark.COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    private static void markDevice(HttpServletRequest request, HttpServletResponse response, String name) {
        Cookie cookie = new Cookie(DeviceMark.COOKIE, DeviceMark.issue(name));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) Duration.ofDays(DEVICE_MARK_DAYS).toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
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
