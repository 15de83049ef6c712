package org.concord.security;

import java.time.Instant;
import java.util.Set;

/**
 * One line of the administrators' account list: who, which roles, and the state that decides
 * whether they can sign in. Carries no password hash.
 */
public record AccountSummary(String username, String displayName, Set<Role> roles, boolean mustChangePassword,
                             boolean disabled, Instant lastSignedInAt, Instant createdAt) implements java.io.Serializable {

    static AccountSummary of(Account account) {
        return new AccountSummary(account.getUsername(), account.getDisplayName(), account.getRoles(),
                account.isMustChangePassword(), account.isDisabled(),
                account.getLastSignedInAt(), account.getCreatedAt());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
