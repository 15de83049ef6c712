package org.concord.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.campaign.Invitation;
import org.concord.questionnaire.Questionnaire;
import org.concord.scoring.RespondentScorer;
import org.concord.scoring.ScaleScore;
import org.concord.scoring.ScoringPlan;
import org.concord.scoring.ScoringVersion;
import org.concord.kernel.AccessToken;
import org.concord.catalog.QuestionnaireSource;

/**
 * Keeps answers and turns them into scores: each page is saved in its own transaction as it is
 * left, so a closed browser or a restarted server loses nothing; submitting scores the answers
 * with the scoring engine and stores the scale scores, exactly once. When the last
 * questionnaire of a campaign invitation is submitted, its answers are cut from the invitation.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private QuestionnaireSource questionnaires;

    @Inject
    private Clock clock;

    protected AssessmentService() {
        // for CDI
    }

    public Optional<Assessment> find(long id) {
        return Optional.ofNullable(entityManager.find(Assessment.class, id));
    }

    public Optional<Assessment> findByAccessToken(String token) {
        if (!AccessToken.wellFormed(token)) {
            return Optional.empty();
        }
        return entityManager.createNamedQuery("Assessment.findByAccessHash", Assessment.class)
                .setParameter("hash", AccessToken.hash(token))
                .getResultStream().findFirst();
    }

    /** The assessments an invitation has started, in the order of the campaign's questionnaires. */
    public List<Assessment> ofInvitation(Invitation invitation) {
        return entityManager.createNamedQuery("Assessment.findByInvitation", Assessment.class)
                .setParameter("invitation", invitation)
                .getResultList();
    }

    /** Starts one of a campaign's questionnaires for the holder of {@code invitation}. */
    public Assessment startInCampaign(Questionnaire questionnaire, Invitation invitation) {
        Invitation managed = entityManager.merge(invitation);
        Assessment assessment = Assessment.inCampaign(questionnaire, managed, clock.instant());
        managed.started();
        entityManager.persist(assessment);
        return assessment;
    }

    /** Saves the answers of the page being left, and the page to come back to (a self-report: and when). */
    public Assessment savePage(long assessmentId, Map<String, Integer> answers, int nextPage) {
        Assessment assessment = require(assessmentId);
        assessment.answerPage(questionnaires.answered(assessment.getQuestionnaireId(), assessment.getQuestionnaireVersion()), answers, nextPage);
        assessment.pageSaved(clock.instant());
        return assessment;
    }

    /**
     * Scores and submits; a second call changes nothing. When this completes a campaign
     * invitation, the invitation is marked submitted and its answers are detached from it.
     */
    public Assessment submit(long assessmentId) {
        Assessment assessment = require(assessmentId);
        if (!assessment.submit(score(questionnaires.answered(assessment.getQuestionnaireId(), assessment.getQuestionnaireVersion()), assessment.getAnswers()),
                ScoringVersion.CURRENT, clock.instant())) {
            return assessment;
        }
        Invitation invitation = assessment.getInvitation();
        if (invitation != null && completes(invitation)) {
            invitation.submitted();
            ofInvitation(invitation).forEach(Assessment::anonymise);
        }
        return assessment;
    }

    private boolean completes(Invitation invitation) {
        List<Assessment> started = ofInvitation(invitation);
        return started.size() == invitation.getCampaign().getInstruments().size()
                && started.stream().allMatch(Assessment::isSubmitted);
    }

    /** The scale scores of {@code answers}, as stored: missing scores stay null, never 0. */
    public static Map<String, StoredScore> score(Questionnaire questionnaire, Map<String, Integer> answers) {
        Map<String, ScaleScore> scores = new RespondentScorer(ScoringPlan.of(questionnaire)).score(answers);
        Map<String, StoredScore> stored = new LinkedHashMap<>();
        scores.forEach((scale, score) -> stored.put(scale,
                new StoredScore(score.missing() ? null : score.value(), score.answered(), score.items())));
        return stored;
    }

    private Assessment require(long assessmentId) {
        return find(assessmentId).orElseThrow(() -> new IllegalArgumentException("no assessment " + assessmentId));
    }
}
