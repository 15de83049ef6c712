package org.concord.report.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.concord.interview.CandidateProfile;
import org.concord.interview.ScaleAgreement;
import org.concord.interview.ScaleResult;
import org.concord.report.ReportTexts;
import org.concord.scoring.LowScale;

/**
 * The recommendation that closes the Summary sheet, as the candidate page's decision support
 * gives it and never more: scores support the interviewers' judgement and do not replace it.
 * It reads each self-report band, names the low scales with the probes to explore them, the
 * interview scales rated low, the scales the interviewers disagree on, and what is still
 * missing; when nothing is flagged it says so.
 */
final class DecisionSupport {

    private DecisionSupport() {
    }

    static List<String> lines(CandidateReportData data, ReportTexts texts) {
        CandidateProfile profile = data.profile();
        String language = texts.language();
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("recruiter.decision.reminder"));
        boolean flagged = false;
        if (!profile.selfReportSubmitted()) {
            lines.add(texts.get("report.candidate.advice.noSelfReport"));
        }
        for (ScaleResult result : profile.selfReportScales()) {
            if (result.scored()) {
                lines.add(texts.format("report.candidate.advice.band", result.scale().name().in(language),
                        result.band().label().in(language), result.band().text().in(language)));
            }
        }
        for (LowScale low : profile.lowScales()) {
            flagged = true;
            lines.add(texts.format("report.candidate.advice.probe", low.scale().name().in(language),
                    low.probes().stream().map(p -> p.in(language)).collect(Collectors.joining(" / "))));
        }
        int interviews = data.submittedInterviews().size();
        if (interviews == 0) {
            lines.add(texts.get("report.candidate.advice.noInterview"));
        } else if (interviews == 1) {
            lines.add(texts.get("report.candidate.advice.oneInterviewer"));
        }
        for (ScaleResult low : profile.lowInterviewScales()) {
            flagged = true;
            lines.add(texts.format("report.candidate.advice.lowInterview", low.scale().name().in(language),
                    low.band().text().in(language)));
        }
        for (ScaleAgreement agreement : profile.agreement()) {
            if (agreement.low()) {
                flagged = true;
                lines.add(texts.format("report.candidate.advice.disagree", agreement.scale().name().in(language),
                        agreement.rwgj().value()));
            }
        }
        if (!flagged && profile.selfReportSubmitted() && interviews > 0) {
            lines.add(texts.get("report.candidate.advice.noConcern"));
        }
        return lines;
    }
}
