package org.concord.security;

import java.util.Objects;

/**
 * The one place for rules about single records, where {@link AccessRules} (which pages a role
 * may open) is not enough: a recruiter sees the candidates they brought in and nobody else's;
 * a manager sees the teams they manage; HR, who run the campaigns and interviews, see all of
 * them; an administrator runs the platform and sees no one's results. Services ask it before
 * they hand out a record, with the owner's user name as stored on the record.
 */
public final class AccessPolicy {

    private final Caller caller;

    public AccessPolicy(Caller caller) {
        this.caller = Objects.requireNonNull(caller);
    }

    /** Whether the caller may see a candidate (their answers, scores, interview) recruited by {@code recruiterUsername}. */
    public boolean canSeeCandidateOf(String recruiterUsername) {
        return caller.hasRole(Role.HR) || caller.hasRole(Role.RECRUITER) && isCaller(recruiterUsername);
    }

    /** Whether the caller may see the results of a team managed by {@code managerUsername}. */
    public boolean canSeeTeamManagedBy(String managerUsername) {
        return caller.hasRole(Role.HR) || caller.hasRole(Role.MANAGER) && isCaller(managerUsername);
    }

    /** Whether the caller may create, change and remove accounts. */
    public boolean canManageAccounts() {
        return caller.hasRole(Role.ADMIN);
    }

    private boolean isCaller(String owner) {
        return owner != null && owner.equals(caller.username());
    }
}
