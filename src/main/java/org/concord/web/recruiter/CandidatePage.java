package org.concord.web.recruiter;

import org.concord.web.shared.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.concord.database.Submissions;
import org.concord.candidate.Decision;
import org.concord.interview.CandidateLinkMailer;
import org.concord.interview.CandidateProfile;
import org.concord.candidate.CandidateService;
import org.concord.interview.InterviewService;
import org.concord.interview.ProfileService;
import org.concord.kernel.Refusal;
import org.concord.interview.SelfReportService;
import org.concord.privacy.PrivacyService;
import org.concord.report.ReportTexts;
import org.concord.report.candidate.ReviewTexts;
import org.concord.scoring.SmallSamples;
import org.concord.security.CurrentUser;
import org.concord.web.shared.FormKey;
import org.concord.web.shared.LanguageSelection;

/**
 * Backs a candidate's page ({@code /recruiter/candidate.xhtml?id=}): the self-report's results,
 * its response quality (the review flag with its reasons), every interview the viewer may read, the interviewers' agreement, the charts and the decision
 * support; and, for the candidate's recruiter, giving the self-report (a personal link shown
 * once, or kiosk mode) and naming the interview panel. All of it comes through the services,
 * which refuse another recruiter's candidate. Each opening is written to the audit trail.
 */
@Named
@ViewScoped
public class CandidatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Submissions submissions;

    @Inject
    private ProfileService profiles;

    @Inject
    private InterviewService interviews;

    @Inject
    private CandidateService candidates;

    @Inject
    private SelfReportService selfReports;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PrivacyService privacy;

    @Inject
    private KioskSession kiosk;

    @Inject
    private LanguageSelection language;

    @Inject
    private CandidateLinkMailer linkMailer;

    private Long id;
    private CandidateProfile profile;
    private String refusal;
    private String link;
    private String token;
    private Decision decision;
    private String decisionReason;
    private String unlockCode;
    private String interviewer;
    private String selfReportChart;
    private String interviewChart;
    private transient ReviewTexts review;

    /** Reads the profile for the viewer, or the reason they may not see it. */
    public void load() {
        if (id == null) {
            refusal = Messages.refused(Refusal.of(Refusal.Kind.FORBIDDEN, "recruiter.error.notYours"));
            return;
        }
        try {
            profile = profiles.profile(currentUser.caller(), id);
            decision = profile.candidate().getDecision();
            decisionReason = profile.candidate().getDecisionReason();
            privacy.viewed(currentUser.caller().orElseThrow(), id);
            String code = language.getCode();
            selfReportChart = profile.selfReportSubmitted() ? ProfileCharts.selfReport(profile, code,
                    Messages.text("recruiter.chart.score"), Messages.text("recruiter.chart.interval")) : null;
            review = profile.selfReportReview() == null ? null
                    : new ReviewTexts(profile.selfReportReview(), ReportTexts.of(Locale.forLanguageTag(code)));
            interviewChart = profile.raters().stream().anyMatch(r -> r.submitted()) ? ProfileCharts.interview(profile, code) : null;
        } catch (Refusal refused) {
            refusal = Messages.refused(refused);
        }
    }

    /** A new personal link, shown on this page once; earlier links stop working. */
    public void issueLink() {
        String[] made = new String[1];
        Submissions.Outcome issued = submissions.once(FormKey.of("candidate.link"), "candidate.link", () -> {
            made[0] = selfReports.issueLink(currentUser.caller(), id);
            return "issued";
        });
        if (issued.repeat()) {
            return; // the first click's answer shows the link (only its hash is stored, so it cannot be shown twice)
        }
        token = made[0];
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        link = context.getRequestScheme() + "://" + context.getRequestServerName() + ":" + context.getRequestServerPort()
                + context.getRequestContextPath() + "/respond/answer.xhtml?t=" + token;
        Messages.info("recruiter.link.issued");
        profile = profiles.profile(currentUser.caller(), id); // the status says "link sent" at once
    
    }

    /**
     * E-mails the link just made (held by this page only) to the candidate's stored address;
     * refused when the candidate has no address or the link is no longer theirs.
     */
    public void mailLink() {
        String sentTo = linkMailer.send(currentUser.caller(), id, token, link, language.getLocale());
        Messages.info("recruiter.mail.sent", sentTo);
    }

    /** Records or changes the decision with its reason (the candidate's recruiter only); audited by the service. */
    public void decide() {
        submissions.once(FormKey.of("candidate.decision"), "candidate.decision", () -> {
            candidates.decide(currentUser.caller(), id, decision, decisionReason);
            return String.valueOf(id);
        });
        Messages.info("recruiter.decide.recorded");
        Messages.redirect("/recruiter/candidate.xhtml?id=" + id);
    }

    /** Whether the viewer is the candidate's own recruiter, who alone records the decision. */
    public boolean isOwner() {
        return profile != null && profile.candidate().getRecruiterUsername().equals(currentUser.getUsername());
    }

    /** Whether the viewer may read the decision: anyone who may open the candidate, except a rater whose own ratings are not in. */
    public boolean isDecisionVisible() {
        return profile != null && profile.othersVisible();
    }

    /** The decisions a recruiter may record. */
    public Decision[] getDecisions() {
        return Decision.values();
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    /** The longest reason a decision may carry. */
    public int getReasonLength() {
        return org.concord.candidate.Candidate.REASON_LENGTH;
    }

    /** Hands the screen to the candidate: kiosk mode until the unlock code is given back. */
    public void startKiosk() {
        if (unlockCode == null || unlockCode.strip().length() < KioskSession.MIN_CODE_LENGTH) {
            Messages.refused(new Refusal("recruiter.kiosk.codeTooShort", KioskSession.MIN_CODE_LENGTH).on("unlock-code"));
            return;
        }
        selfReports.startKiosk(currentUser.caller(), id);
        kiosk.lock(id, unlockCode);
        Messages.redirect(kiosk.kioskPath());
    
    }

    public void addInterviewer() {
        submissions.once(FormKey.of("candidate.interviewer"), "candidate.interviewer", () -> {
            candidates.addInterviewer(currentUser.caller(), id, interviewer);
            return String.valueOf(id);
        });
        Messages.info("recruiter.panel.added", interviewer.strip());
        Messages.redirect("/recruiter/candidate.xhtml?id=" + id);
    
    }

    /** Takes {@code member} off the panel (confirmed on the page first; refused once they submitted ratings). */
    public void removeInterviewer(String member) {
        interviews.removeFromPanel(currentUser.caller(), id, member);
        Messages.info("recruiter.panel.removed", member);
        Messages.redirect("/recruiter/candidate.xhtml?id=" + id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CandidateProfile getProfile() {
        return profile;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getLink() {
        return link;
    }

    public String getUnlockCode() {
        return unlockCode;
    }

    public void setUnlockCode(String unlockCode) {
        this.unlockCode = unlockCode;
    }

    public String getInterviewer() {
        return interviewer;
    }

    public void setInterviewer(String interviewer) {
        this.interviewer = interviewer;
    }

    public String getSelfReportChart() {
        return selfReportChart;
    }

    /** The self-report's response quality in the viewer's language; null until it is submitted. */
    public ReviewTexts getReview() {
        return review;
    }

    public String getInterviewChart() {
        return interviewChart;
    }

    /** From how many complete cases alpha and the intervals built on it are shown. */
    public int getCompleteCasesShown() {
        return SmallSamples.COMPLETE_CASES;
    }
}
