package org.concord.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is signed in for this request, for beans and pages: their user name, roles, and the
 * {@link AccessPolicy} that applies to them. (The sign-in itself arrives with the accounts
 * work; until then nobody is signed in.)
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    private Optional<Caller> caller;

    /** The signed-in person, or empty for a visitor. */
    public Optional<Caller> caller() {
        if (caller == null) {
            Principal principal = securityContext.getCallerPrincipal();
            caller = principal == null ? Optional.empty() : Optional.of(new Caller(principal.getName(),
                    principal.getName(), roles(), false));
        }
        return caller;
    }

    private Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public String getUsername() {
        return caller().map(Caller::username).orElse(null);
    }

    /** Whether the signed-in person has {@code role} (a {@link Role} name, for pages). */
    public boolean hasRole(String role) {
        return caller().map(c -> c.roles().stream().anyMatch(held -> held.name().equals(role))).orElse(false);
    }

    /** The rules about single records for the signed-in person. */
    public AccessPolicy policy() {
        return new AccessPolicy(caller().orElseThrow(() -> new IllegalStateException("nobody is signed in")));
    }
}
