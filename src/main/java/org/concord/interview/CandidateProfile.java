package org.concord.interview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.kernel.Progress;
import org.concord.questionnaire.Questionnaire;
import org.concord.scoring.LowScale;
import org.concord.scoring.Review;
import org.concord.candidate.Candidate;

/**
 * Everything known about a candidate that the viewer may see, read in one transaction: the
 * self-report (its progress, and once submitted its scale results and the low scales with
 * their interview probes, and its review: the careless-responding indices and whether it is
 * flagged), the interviews the viewer may read (their own; the others' once their own is
 * submitted), how many are hidden from them, and the interviewers' agreement.
 *
 * @param selfReportProgress null when the candidate has not been given the self-report
 * @param selfReportReview   null until the self-report is submitted
 * @param normsMinimum       the fewest scores a norm group needs for percentiles, as applied here
 */
public record CandidateProfile(Candidate candidate, boolean mayManage, boolean mayRate, Progress selfReportProgress,
                               Questionnaire selfReport, List<ScaleResult> selfReportScales, List<LowScale> lowScales,
                               Review selfReportReview,
                               Questionnaire interview, List<RaterResult> raters, int hiddenRaters,
                               List<ScaleAgreement> agreement, int normsMinimum) implements java.io.Serializable {

    public CandidateProfile {
        selfReportScales = List.copyOf(selfReportScales);
        lowScales = List.copyOf(lowScales);
        raters = List.copyOf(raters);
        agreement = List.copyOf(agreement);
    }

    public boolean selfReportSubmitted() {
        return selfReportProgress == Progress.SUBMITTED;
    }

    /** The viewer's own interview, when they have one. */
    public RaterResult own() {
        return raters.stream().filter(RaterResult::own).findFirst().orElse(null);
    }

    /** Whether the viewer may read the other interviewers' submitted ratings. */
    public boolean othersVisible() {
        RaterResult own = own();
        return !mayRate || own != null && own.submitted();
    }

    /**
     * The panel's combined score on each interview scale, over the submitted ratings the viewer
     * may read (none while their own are not in); empty while no rating is submitted.
     */
    public List<PanelScore> panelScores() {
        List<Map<String, Double>> submitted = raters.stream().filter(RaterResult::submitted)
                .map(r -> {
                    Map<String, Double> scores = new java.util.HashMap<>();
                    r.scales().stream().filter(ScaleResult::scored).forEach(s -> scores.put(s.scale().id(), s.score()));
                    return scores;
                }).toList();
        return submitted.isEmpty() ? List.of() : PanelScore.combine(interview.scales(), submitted);
    }

    /** The interview scales some interviewer's ratings put in a low band, the first such result of each. */
    public List<ScaleResult> lowInterviewScales() {
        Map<String, ScaleResult> low = new LinkedHashMap<>();
        raters.stream().filter(RaterResult::submitted)
                .flatMap(r -> r.scales().stream())
                .filter(ScaleResult::low)
                .forEach(s -> low.putIfAbsent(s.scale().id(), s));
        return List.copyOf(low.values());
    }
}
