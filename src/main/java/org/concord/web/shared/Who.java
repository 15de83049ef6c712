package org.concord.web.shared;

import org.concord.security.CurrentUser;

/**
 * The small questions HR and manager pages ask about the signed-in person, with the case of
 * nobody signed in (before sign-in existed, or a misconfigured rule) answered safely: no user
 * name, and no right to see any team.
 */
public final class Who {

    private Who() {
    }

    /** The signed-in user name, or null. */
    public static String username(CurrentUser user) {
        return user.isSignedIn() ? user.getUsername() : null;
    }

    /** Whether the signed-in person may see a team managed by {@code manager}; false when nobody is signed in. */
    public static boolean maySeeTeamManagedBy(CurrentUser user, String manager) {
        return user.isSignedIn() && user.policy().canSeeTeamManagedBy(manager);
    }
}
