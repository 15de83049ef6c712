package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static AccessPolicy of(String username, Role first, Role... more) {
        return new AccessPolicy(new Caller(username, username, EnumSet.of(first, more), false));
    }

    @Test
    void aRecruiterSeesTheirOwnCandidatesOnly() {
        AccessPolicy rita = of("rita", Role.RECRUITER);

        assertTrue(rita.canSeeCandidateOf("rita"));
        assertFalse(rita.canSeeCandidateOf("roger"));
        assertFalse(rita.canSeeCandidateOf(null));
        assertFalse(rita.canSeeTeamManagedBy("rita"), "being a recruiter says nothing about teams");
    }

    @Test
    void aManagerSeesTheTeamsTheyManageOnly() {
        AccessPolicy max = of("max", Role.MANAGER);

        assertTrue(max.canSeeTeamManagedBy("max"));
        assertFalse(max.canSeeTeamManagedBy("mia"));
        assertFalse(max.canSeeCandidateOf("max"), "a manager sees no candidates");
    }

    @Test
    void hrSeeEveryCandidateAndEveryTeam() {
        AccessPolicy hanna = of("hanna", Role.HR);

        assertTrue(hanna.canSeeCandidateOf("rita"));
        assertTrue(hanna.canSeeTeamManagedBy("max"));
        assertFalse(hanna.canManageAccounts());
    }

    @Test
    void anAdministratorManagesAccountsButSeesNobodysResults() {
        AccessPolicy admin = of("admin", Role.ADMIN);

        assertTrue(admin.canManageAccounts());
        assertFalse(admin.canSeeCandidateOf("admin"));
        assertFalse(admin.canSeeTeamManagedBy("admin"));
    }

    @Test
    void rolesAddUp() {
        AccessPolicy both = of("sam", Role.RECRUITER, Role.MANAGER);

        assertTrue(both.canSeeCandidateOf("sam"));
        assertTrue(both.canSeeTeamManagedBy("sam"));
        assertFalse(both.canSeeCandidateOf("rita"));
    }
}
