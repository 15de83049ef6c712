package org.concord.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in for this request, for beans, pages and the {@link AccessFilter}: their
 * user name, name, roles, and the {@link AccessPolicy} that applies to them. The server knows
 * who signed in; their account says, as of this request, what they may do, so that roles
 * changed or an account disabled by an administrator take effect at the next click.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountService accounts;

    private Optional<Caller> caller;

    /** The signed-in person, or empty for a visitor (or an account disabled or removed meanwhile). */
    public Optional<Caller> caller() {
        if (caller == null) {
            Principal principal = securityContext.getCallerPrincipal();
            caller = principal == null ? Optional.empty() : accounts.caller(principal.getName());
        }
        return caller;
    }

    /** Nobody is signed in for the rest of this request (the sign-in has just been ended). */
    public void forget() {
        caller = Optional.empty();
    }

    /** Whether the server holds a sign-in whose account can no longer be used. */
    public boolean isSignInStale() {
        return securityContext.getCallerPrincipal() != null && caller().isEmpty();
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public String getUsername() {
        return caller().map(Caller::username).orElse(null);
    }

    public String getDisplayName() {
        return caller().map(Caller::displayName).orElse(null);
    }

    public Set<Role> getRoles() {
        return caller().map(Caller::roles).orElse(Set.of());
    }

    /** Whether the signed-in person has {@code role} (a {@link Role} name, for pages). */
    public boolean hasRole(String role) {
        return getRoles().stream().anyMatch(held -> held.name().equals(role));
    }

    public boolean isMustChangePassword() {
        return caller().map(Caller::mustChangePassword).orElse(false);
    }

    /** Whether {@link AccessRules} lets the signed-in person open {@code path}: pages show only links that lead somewhere. */
    public boolean mayOpen(String path) {
        return AccessRules.allows(path, caller());
    }

    /** The rules about single records for the signed-in person. */
    public AccessPolicy policy() {
        return new AccessPolicy(caller().orElseThrow(() -> new IllegalStateException("nobody is signed in")));
    }
}
