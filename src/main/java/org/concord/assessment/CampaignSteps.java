package org.concord.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concord.campaign.Campaign;
import org.concord.campaign.Invitation;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnairePages;
import org.concord.catalog.QuestionnaireSource;

/**
 * A campaign's questionnaires as one invitation's holder meets them: one flow of pages through
 * all of them in the campaign's order, then one review and one submission of all. The next
 * questionnaire is started only when the respondent turns past the last page of the one before
 * (as late as it ever was, so its answer sheet tells nothing new), and each answer sheet keeps
 * its own page: one past its last page means the respondent has gone on.
 */
final class CampaignSteps {

    /** One of a campaign's questionnaires, its place in the order, and its assessment once started. */
    record Step(int index, Questionnaire questionnaire, Assessment assessment) {
    }

    private final AssessmentService assessments;
    private final QuestionnaireSource questionnaires;

    CampaignSteps(AssessmentService assessments, QuestionnaireSource questionnaires) {
        this.assessments = assessments;
        this.questionnaires = questionnaires;
    }

    /** The campaign's questionnaires in answering order. */
    List<Questionnaire> of(Campaign campaign) {
        return campaign.getInstruments().stream()
                .map(i -> questionnaires.find(i.getQuestionnaireId(), i.getQuestionnaireVersion())
                        .orElseThrow(() -> new IllegalStateException("questionnaire " + i.getQuestionnaireId() + ".v"
                                + i.getQuestionnaireVersion() + " of campaign " + campaign.getId() + " is not available")))
                .toList();
    }

    /** Every questionnaire of the campaign with its assessment through {@code invitation}, if started. */
    List<Step> all(Invitation invitation) {
        List<Assessment> started = assessments.ofInvitation(invitation);
        List<Questionnaire> all = of(invitation.getCampaign());
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Questionnaire questionnaire = all.get(i);
            Optional<Assessment> assessment = started.stream()
                    .filter(a -> a.getQuestionnaireId().equals(questionnaire.id())
                            && a.getQuestionnaireVersion() == questionnaire.version())
                    .findFirst();
            steps.add(new Step(i, questionnaire, assessment.orElse(null)));
        }
        return steps;
    }

    /**
     * Where the flow is: the first questionnaire not submitted that is not started or whose
     * pages are not all behind the respondent; when every one left is behind them, the last one,
     * at its review (which is the review of all). Null when all are submitted.
     */
    Step current(Invitation invitation) {
        Step reviewing = null;
        for (Step step : all(invitation)) {
            if (step.assessment() == null) {
                return step;
            }
            if (!step.assessment().isSubmitted()) {
                if (step.assessment().getCurrentPage() <= new QuestionnairePages(step.questionnaire()).count()) {
                    return step;
                }
                reviewing = step;
            }
        }
        return reviewing;
    }

    /** The questionnaires not yet submitted, with their assessments, in order: what one submission sends. */
    List<Step> open(Invitation invitation) {
        return all(invitation).stream().filter(step -> step.assessment() == null || !step.assessment().isSubmitted()).toList();
    }

    /** Starts the next questionnaire when none is being answered and one is left. */
    void startNext(Invitation invitation) {
        Step next = current(invitation);
        if (next != null && next.assessment() == null) {
            assessments.startInCampaign(next.questionnaire(), invitation);
        }
    }
}
