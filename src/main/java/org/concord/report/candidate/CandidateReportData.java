package org.concord.report.candidate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.concord.interview.CandidateProfile;
import org.concord.interview.RaterResult;

/**
 * What one candidate report shows: the candidate's profile exactly as its reader may see it on
 * the candidate page (the same interviews hidden from an interviewer who has not submitted
 * theirs), the candidate's own answers to the self-report once submitted, when the self-report
 * and each shown interview were submitted, and when the report was generated.
 *
 * @param selfReportAnswers the submitted self-report's answers by item id; empty before it is submitted
 * @param selfReportSubmittedAt null until the self-report is submitted
 * @param interviewsSubmittedAt when each shown interviewer submitted, by user name (absent while in progress)
 */
public record CandidateReportData(CandidateProfile profile, Map<String, Integer> selfReportAnswers,
                                  Instant selfReportSubmittedAt, Map<String, Instant> interviewsSubmittedAt,
                                  Instant generatedAt) {

    public CandidateReportData {
        selfReportAnswers = Map.copyOf(selfReportAnswers);
        interviewsSubmittedAt = Map.copyOf(interviewsSubmittedAt);
    }

    /** The interviews whose ratings count: those submitted, in the order the page lists them. */
    public List<RaterResult> submittedInterviews() {
        return profile.raters().stream().filter(RaterResult::submitted).toList();
    }

    /** When the last shown interview was submitted; null when none is. */
    public Instant lastInterviewAt() {
        return interviewsSubmittedAt.values().stream().max(Instant::compareTo).orElse(null);
    }
}
