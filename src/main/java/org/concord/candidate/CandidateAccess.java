package org.concord.candidate;

import org.concord.kernel.Refusal;
import java.util.Optional;
import org.concord.security.AccessPolicy;
import org.concord.security.Caller;
import org.concord.security.Role;

/**
 * Who may do what with a candidate, on top of {@link AccessPolicy}: the policy decides who may
 * manage a candidate (their recruiter; HR); an interviewer the recruiter named on the panel may
 * also open the candidate, to rate them and, once their own ratings are in, to read the others'.
 * Every service method that hands out a candidate or anything of theirs asks here first.
 */
public final class CandidateAccess {

    private CandidateAccess() {
    }

    /** The signed-in caller, or a refusal that says to sign in. */
    public static Caller signedIn(Optional<Caller> caller) {
        return caller.orElseThrow(() -> Refusal.of(Refusal.Kind.FORBIDDEN, "recruiter.error.signIn"));
    }

    /** A caller who may bring in candidates. */
    public static Caller recruiter(Optional<Caller> caller) {
        Caller signedIn = signedIn(caller);
        if (!signedIn.hasRole(Role.RECRUITER)) {
            throw Refusal.of(Refusal.Kind.FORBIDDEN, "recruiter.error.notRecruiter");
        }
        return signedIn;
    }

    public static boolean mayManage(Caller caller, Candidate candidate) {
        return new AccessPolicy(caller).canSeeCandidateOf(candidate.getRecruiterUsername());
    }

    public static boolean mayOpen(Caller caller, Candidate candidate) {
        return mayManage(caller, candidate) || mayBeOnPanel(caller) && candidate.getInterviewers().contains(caller.username());
    }

    /** Whether the caller rates the candidate (recruiter or named interviewer), as opposed to only reading. */
    public static boolean mayRate(Caller caller, Candidate candidate) {
        return mayBeOnPanel(caller) && candidate.isInterviewer(caller.username());
    }

    /** Whether the caller's roles let them sit on an interview panel: recruiters, and HR (the same rule the panel form applies). */
    public static boolean mayBeOnPanel(Caller caller) {
        return caller.hasRole(Role.RECRUITER) || caller.hasRole(Role.HR);
    }
}
