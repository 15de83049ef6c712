package org.concord.interview;

import org.concord.candidate.Decision;
import org.concord.kernel.Progress;

/**
 * Where a candidate stands, at a glance, as the candidate list shows it: derived each time from
 * the stored facts (the self-report's progress, the panel's submitted ratings, the recruiter's
 * decision), never stored itself, so it cannot drift from them. The furthest step wins: decided,
 * then interviewed (by how many of the panel), then self-report in, answering, link sent, new.
 *
 * @param interviewed the panel members who submitted their ratings
 * @param panel       the panel's size, the recruiter included
 * @param decision    null until the recruiter decided
 */
public record CandidateStatus(Stage stage, int interviewed, int panel, Decision decision) implements java.io.Serializable {

    /** The steps a candidate goes through, in order. */
    public enum Stage {
        NEW, LINK_SENT, ANSWERING, SELF_REPORT_IN, INTERVIEWED, DECIDED
    }

    /**
     * The status from the facts.
     *
     * @param selfReport the self-report's progress as seen by the recruiter ({@link Progress#INVITED}
     *                   while nobody opened the link); null when none was given
     */
    public static CandidateStatus of(Decision decision, Progress selfReport, int interviewed, int panel) {
        Stage stage;
        if (decision != null) {
            stage = Stage.DECIDED;
        } else if (interviewed > 0) {
            stage = Stage.INTERVIEWED;
        } else if (selfReport == Progress.SUBMITTED) {
            stage = Stage.SELF_REPORT_IN;
        } else if (selfReport == Progress.STARTED) {
            stage = Stage.ANSWERING;
        } else if (selfReport == Progress.INVITED) {
            stage = Stage.LINK_SENT;
        } else {
            stage = Stage.NEW;
        }
        return new CandidateStatus(stage, interviewed, panel, decision);
    }

    /** The message key that words this status (with {@link #interviewed} and {@link #panel} as arguments). */
    public String key() {
        return stage == Stage.DECIDED ? "recruiter.status.decided." + decision.code()
                : "recruiter.status." + switch (stage) {
                    case NEW -> "new";
                    case LINK_SENT -> "linkSent";
                    case ANSWERING -> "answering";
                    case SELF_REPORT_IN -> "selfReportIn";
                    case INTERVIEWED -> "interviewed";
                    case DECIDED -> throw new IllegalStateException();
                };
    }
}
