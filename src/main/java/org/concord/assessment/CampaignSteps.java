package org.concord.assessment;

import java.util.List;
import java.util.Optional;
import org.concord.campaign.Campaign;
import org.concord.campaign.Invitation;
import org.concord.questionnaire.Questionnaire;
import org.concord.catalog.QuestionnaireSource;

/**
 * A campaign's questionnaires as one invitation's holder meets them: one after the other, in
 * the campaign's order, the next starting only once the one before is submitted.
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

    /** The first questionnaire not yet submitted through {@code invitation}; null when all are. */
    Step current(Invitation invitation) {
        List<Assessment> started = assessments.ofInvitation(invitation);
        List<Questionnaire> all = of(invitation.getCampaign());
        for (int i = 0; i < all.size(); i++) {
            Questionnaire questionnaire = all.get(i);
            Optional<Assessment> assessment = started.stream()
                    .filter(a -> a.getQuestionnaireId().equals(questionnaire.id())
                            && a.getQuestionnaireVersion() == questionnaire.version())
                    .findFirst();
            if (assessment.isEmpty() || !assessment.get().isSubmitted()) {
                return new Step(i, questionnaire, assessment.orElse(null));
            }
        }
        return null;
    }

    /** Starts the next questionnaire when none is being answered and one is left. */
    void startNext(Invitation invitation) {
        Step next = current(invitation);
        if (next != null && next.assessment() == null) {
            assessments.startInCampaign(next.questionnaire(), invitation);
        }
    }
}
