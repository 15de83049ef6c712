package org.concord.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.concord.campaign.Campaign;
import org.concord.campaign.Invitation;
import org.concord.candidate.Candidate;
import org.concord.questionnaire.Questionnaire;
import org.concord.kernel.Progress;
import org.concord.catalog.QuestionnaireSource;

/**
 * A link as resolved inside the transaction that looked it up: a campaign invitation (personal,
 * or a shared link's visitor), a shared link not yet visited from this browser ({@code
 * invitation} null), a candidate's self-report, or nothing. It says where the link leads today
 * and describes it for the page while its entities can still be read. {@code teamComplete} is
 * true for a shared link whose team already has as many completed answers as it has people:
 * it takes no more, and a visitor who has not finished cannot finish.
 */
record RespondentLink(Invitation invitation, Invitation shared, Assessment selfReport, boolean teamComplete) {

    static final RespondentLink UNKNOWN = new RespondentLink(null, null, null, false);

    static RespondentLink of(Invitation invitation) {
        return new RespondentLink(invitation, null, null, false);
    }

    static RespondentLink visitorOf(Invitation shared, Invitation visitor, boolean teamComplete) {
        return new RespondentLink(visitor, shared, null, teamComplete);
    }

    static RespondentLink selfReport(Assessment selfReport) {
        return new RespondentLink(null, null, selfReport, false);
    }

    RespondentLink withInvitation(Invitation visitor) {
        return new RespondentLink(visitor, shared, null, teamComplete);
    }

    private Campaign campaign() {
        return invitation != null ? invitation.getCampaign() : shared != null ? shared.getCampaign() : null;
    }

    LinkStatus status(LocalDate today, CampaignSteps steps) {
        if (selfReport != null) {
            if (selfReport.getCandidate().getDeleteAfter().isBefore(today)) {
                return LinkStatus.EXPIRED;
            }
            if (selfReport.isSubmitted()) {
                return LinkStatus.DONE;
            }
            return selfReport.getConsentedAt() == null ? LinkStatus.WELCOME : LinkStatus.ANSWERING;
        }
        Campaign campaign = campaign();
        if (campaign == null) {
            return LinkStatus.UNKNOWN;
        }
        if (invitation != null && invitation.getProgress() == Progress.SUBMITTED) {
            return LinkStatus.DONE;
        }
        if (today.isBefore(campaign.getOpensOn())) {
            return LinkStatus.NOT_YET_OPEN;
        }
        if (campaign.isClosedOn(today)) {
            return LinkStatus.CLOSED;
        }
        if (teamComplete) {
            return LinkStatus.TEAM_COMPLETE;
        }
        if (invitation == null || !invitation.isConsented()) {
            return LinkStatus.WELCOME;
        }
        CampaignSteps.Step step = steps.current(invitation);
        return step == null ? LinkStatus.DONE : step.assessment() == null ? LinkStatus.WELCOME : LinkStatus.ANSWERING;
    }

    /** The assessment being answered through this link, when it is {@link LinkStatus#ANSWERING}. */
    Assessment answering(LocalDate today, CampaignSteps steps) {
        if (status(today, steps) != LinkStatus.ANSWERING) {
            return null;
        }
        return selfReport != null ? selfReport : steps.current(invitation).assessment();
    }

    Respondent describe(LocalDate today, CampaignSteps steps, QuestionnaireSource questionnaires) {
        LinkStatus status = status(today, steps);
        if (selfReport != null) {
            Candidate candidate = selfReport.getCandidate();
            Asker asker = Asker.recruiter(candidate.getPosition(), candidate.getDeleteAfter());
            List<Questionnaire> one = List.of(questionnaires.answered(selfReport.getQuestionnaireId(), selfReport.getQuestionnaireVersion()));
            return status == LinkStatus.ANSWERING ? answering(status, asker, one, 0, selfReport, List.of(selfReport.getAnswers()))
                    : Respondent.only(status, asker, status == LinkStatus.DONE ? selfReport.getSubmittedOn() : null, one);
        }
        Campaign campaign = campaign();
        if (campaign == null) {
            return Respondent.only(LinkStatus.UNKNOWN, null, null, List.of());
        }
        Asker asker = Asker.campaign(campaign.getName(), campaign.getWaveLabel(), campaign.getMinGroupSize());
        List<Questionnaire> all = steps.of(campaign);
        if (status == LinkStatus.ANSWERING) {
            CampaignSteps.Step step = steps.current(invitation);
            List<Map<String, Integer>> sheets = steps.all(invitation).stream()
                    .map(s -> s.assessment() == null ? Map.<String, Integer>of() : s.assessment().getAnswers())
                    .toList();
            return answering(status, asker, all, step.index(), step.assessment(), sheets);
        }
        LocalDate date = status == LinkStatus.NOT_YET_OPEN ? campaign.getOpensOn()
                : status == LinkStatus.CLOSED ? closingDay(campaign, today) : null;
        return Respondent.only(status, asker, date, all);
    }

    /** The day the wave closed: HR's early close, or its closing date. */
    private static LocalDate closingDay(Campaign campaign, LocalDate today) {
        return campaign.getClosedOn() != null ? campaign.getClosedOn() : campaign.getClosesOn();
    }

    private static Respondent answering(LinkStatus status, Asker asker, List<Questionnaire> all, int index, Assessment assessment,
                                        List<Map<String, Integer>> sheets) {
        return new Respondent(status, asker, null, all, index, assessment.getId(), assessment.getCurrentPage(),
                assessment.getAnswers(), sheets, null);
    }
}
