package org.concord.campaign;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.concord.kernel.AccessToken;
import org.concord.assessment.Assessment;
import org.concord.assessment.AssessmentService;
import org.concord.catalog.QuestionnaireSource;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;

/**
 * Answers a campaign the way the respondent pages do, through AssessmentService: opens the
 * link's invitation by its token (a shared link first gets a visitor's private link), starts
 * each of the campaign's questionnaires, saves the answers and submits. For tests that need
 * submitted answers without driving the respondent pages.
 */
public final class Answering {

    private Answering() {
    }

    /** Starts the campaign's questionnaires on the link of {@code token}, without submitting. */
    public static void start(EntityManager em, QuestionnaireSource questionnaires, Clock clock, String token) {
        Invitation invitation = respondent(em, clock, token);
        AssessmentService service = new AssessmentService(em, questionnaires, clock);
        for (Instrument instrument : invitation.getCampaign().getInstruments()) {
            service.startInCampaign(questionnaire(questionnaires, instrument), invitation);
        }
        em.flush();
    }

    /** Answers every item of every questionnaire with {@code answer.applyAsInt(item)} and submits. */
    public static void submit(EntityManager em, QuestionnaireSource questionnaires, Clock clock, String token,
                              ToIntFunction<Item> answer) {
        Invitation invitation = respondent(em, clock, token);
        AssessmentService service = new AssessmentService(em, questionnaires, clock);
        for (Instrument instrument : invitation.getCampaign().getInstruments()) {
            Questionnaire questionnaire = questionnaire(questionnaires, instrument);
            Assessment assessment = service.ofInvitation(invitation).stream()
                    .filter(a -> a.getQuestionnaireId().equals(questionnaire.id())).findFirst()
                    .orElseGet(() -> service.startInCampaign(questionnaire, invitation));
            em.flush();
            Map<String, Integer> answers = new HashMap<>();
            questionnaire.items().forEach(item -> answers.put(item.id(), answer.applyAsInt(item)));
            service.savePage(assessment.getId(), answers, 1);
            service.submit(assessment.getId());
            em.flush();
        }
    }

    /** The token at the end of a respondent URL. */
    public static String token(String url) {
        return url.substring(url.indexOf("?t=") + 3);
    }

    private static Invitation respondent(EntityManager em, Clock clock, String token) {
        Invitation invitation = em.createNamedQuery("Invitation.findByTokenHash", Invitation.class)
                .setParameter("hash", AccessToken.hash(token)).getSingleResult();
        if (!invitation.isShared()) {
            return invitation;
        }
        Invitation visit = Invitation.visitOf(invitation, AccessToken.hash(AccessToken.newToken()), clock.instant());
        em.persist(visit);
        em.flush();
        return visit;
    }

    private static Questionnaire questionnaire(QuestionnaireSource questionnaires, Instrument instrument) {
        return questionnaires.find(instrument.getQuestionnaireId(), instrument.getQuestionnaireVersion()).orElseThrow();
    }
}
