package org.concord.web.shared;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.concord.database.Submissions;
import org.concord.security.ApiTokenService;
import org.concord.security.ApiTokenService.ApiTokenRow;
import org.concord.security.CurrentUser;

/**
 * Backs {@code /account/tokens.xhtml}: the signed-in person's personal API tokens, listed with
 * their expiry and last use; making one (a name, an expiry date, 90 days ahead unless chosen),
 * whose secret is shown on this page once and never again; and revoking one.
 */
@Named
@ViewScoped
public class TokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private Submissions submissions;

    private String name;
    private LocalDate expiresOn = LocalDate.now(ZoneOffset.UTC).plusDays(90);
    private String secret;

    /**
     * Makes a token and keeps its secret for this view only; the same form posted again (a double
     * click) makes nothing more and shows the first one's secret, which this view still holds.
     */
    public void create() {
        String made = submissions.once(FormKey.of("token.create"), "token.create", () -> {
            ApiTokenService.IssuedToken issued = tokens.create(currentUser.caller().orElseThrow(), name, expiresOn);
            secret = issued.secret();
            return issued.token().name();
        }).result();
        Messages.info("tokens.made", made);
        name = null;
    }

    public void revoke(long tokenId) {
        tokens.revoke(currentUser.caller().orElseThrow(), tokenId);
        secret = null;
        Messages.info("tokens.revoked");
    }

    public List<ApiTokenRow> getTokens() {
        return tokens.tokensOf(currentUser.caller().orElseThrow());
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
