package org.concord.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The signed-in person as the rest of Concord sees them: user name, name to show, roles, and
 * whether they must change their password before doing anything else. A snapshot of their
 * account read at each request, so that a change of roles or a disabled account takes effect
 * at once; it never carries the password hash. Its session epoch is the account's (see
 * {@link Account#getSessionEpoch()}).
 */
public record Caller(String username, String displayName, Set<Role> roles, boolean mustChangePassword, int sessionEpoch)
        implements Serializable {

    /** A caller of an account whose password never changed. */
    public Caller(String username, String displayName, Set<Role> roles, boolean mustChangePassword) {
        this(username, displayName, roles, mustChangePassword, 0);
    }

    public Caller {
        Objects.requireNonNull(username);
        Objects.requireNonNull(displayName);
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
