package org.concord.campaign;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.concord.kernel.AccessToken;
import org.concord.assessment.Assessment;
import org.concord.assessment.AssessmentService;
import org.concord.catalog.QuestionnaireLibrary;
import org.concord.database.Container;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;

/**
 * Answers a campaign the way the respondent pages do, through the container's AssessmentService: opens the
 * link's invitation by its token (a shared link first gets a visitor's private link), starts
 * each of the campaign's questionnaires, saves the answers and submits. For tests that need
 * submitted answers without driving the respondent pages.
 */
public final class Answering {

    private Answering() {
    }

    /** Starts the campaign's questionnaires on the link of {@code token}, without submitting. */
    public static void start(Container container, String token) {
        container.inTransaction(em -> {
            Invitation invitation = respondent(container, em, token);
            AssessmentService service = container.get(AssessmentService.class);
            for (Instrument instrument : invitation.getCampaign().getInstruments()) {
                service.startInCampaign(questionnaire(container, instrument), invitation);
            }
            em.flush();
            return null;
        });
    }

    /** Answers every item of every questionnaire with {@code answer.applyAsInt(item)} and submits. */
    public static void submit(Container container, String token, ToIntFunction<Item> answer) {
        container.inTransaction(em -> {
            Invitation invitation = respondent(container, em, token);
            AssessmentService service = container.get(AssessmentService.class);
            for (Instrument instrument : invitation.getCampaign().getInstruments()) {
                Questionnaire questionnaire = questionnaire(container, instrument);
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
            return null;
        });
    }

    /** The token at the end of a respondent URL. */
    public static String token(String url) {
        return url.substring(url.indexOf("?t=") + 3);
    }

    private static Invitation respondent(Container container, EntityManager em, String token) {
        Invitation invitation = em.createNamedQuery("Invitation.findByTokenHash", Invitation.class)
                .setParameter("hash", AccessToken.hash(token)).getSingleResult();
        if (!invitation.isShared()) {
            return invitation;
        }
        Invitation visit = Invitation.visitOf(invitation, AccessToken.hash(AccessToken.newToken()), container.get(Clock.class).instant());
        em.persist(visit);
        em.flush();
        return visit;
    }

    private static Questionnaire questionnaire(Container container, Instrument instrument) {
        return container.get(QuestionnaireLibrary.class).find(instrument.getQuestionnaireId(), instrument.getQuestionnaireVersion()).orElseThrow();
    }
}
