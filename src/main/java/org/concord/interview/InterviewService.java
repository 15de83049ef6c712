package org.concord.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.concord.assessment.Assessment;
import org.concord.assessment.AssessmentService;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.security.Caller;
import org.concord.candidate.Candidate;
import org.concord.candidate.CandidateAccess;
import org.concord.candidate.CandidateService;
import org.concord.kernel.Refusal;

/**
 * An interviewer's ratings of a candidate, one question at a time: each rating and note is
 * saved in its own transaction as it is given, so a reload or a closed browser loses nothing.
 * Every interviewer (the recruiter or one named on the panel) rates in an assessment of their
 * own, keyed by their user name, and submits it once; until then nobody else reads it.
 */
@ApplicationScoped
@Transactional
public class InterviewService {

    private static final Logger LOG = Logger.getLogger(InterviewService.class.getName());

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private CandidateService candidates;

    @Inject
    private AssessmentService assessments;

    @Inject
    private Instruments instruments;

    @Inject
    private Clock clock;

    @Inject
    private org.concord.security.AuditTrail auditTrail;

    protected InterviewService() {
        // for CDI
    }

    /** The caller's own ratings of the candidate so far (none yet: an empty sheet). */
    public InterviewSheet sheet(Optional<Caller> caller, long candidateId) {
        Caller rater = CandidateAccess.signedIn(caller);
        Candidate candidate = rateable(caller, rater, candidateId);
        return own(candidate, rater.username()).map(this::sheetOf)
                .orElseGet(() -> new InterviewSheet(null, instruments.interview(), Map.of(), Map.of(), 1, false));
    }

    /**
     * Saves the caller's rating (null clears it) and note (blank clears it) of one question, and
     * the question to come back to.
     */
    public InterviewSheet rate(Optional<Caller> caller, long candidateId, String itemId, Integer rating, String note,
                               int nextQuestion) {
        Caller rater = CandidateAccess.signedIn(caller);
        Candidate candidate = rateable(caller, rater, candidateId);
        Assessment interview = own(candidate, rater.username()).orElseGet(() -> {
            Assessment started = Assessment.interview(instruments.interview(), candidate, rater.username(), clock.instant());
            entityManager.persist(started);
            return started;
        });
        Questionnaire questionnaire = instruments.of(interview);
        Item item = questionnaire.item(itemId).orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, "recruiter.error.noQuestion"));
        if (interview.isSubmitted()) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "recruiter.error.interviewSubmitted");
        }
        Map<String, Integer> page = new HashMap<>();
        page.put(item.id(), rating);
        interview.answerPage(questionnaire, page, nextQuestion);
        interview.note(item, note);
        entityManager.flush();
        return sheetOf(interview);
    }

    /** Submits the caller's ratings with their scores; a second submission changes nothing. */
    public InterviewSheet submit(Optional<Caller> caller, long candidateId) {
        Caller rater = CandidateAccess.signedIn(caller);
        Candidate candidate = rateable(caller, rater, candidateId);
        Assessment interview = own(candidate, rater.username())
                .orElseThrow(() -> new Refusal("recruiter.error.nothingRated"));
        if (!interview.isSubmitted()) {
            assessments.submit(interview.getId());
            LOG.info(() -> rater.username() + " submitted their interview ratings of candidate " + candidateId);
        }
        return sheetOf(interview);
    }

    /**
     * Takes {@code username} off the candidate's interview panel, for the candidate's recruiter
     * (or HR), audited. Refused once that interviewer has submitted their ratings: they are part
     * of the panel's combined score and of the agreement between raters, which would silently
     * change. A draft they never submitted stays hidden, as every unsubmitted rating is.
     */
    public Candidate removeFromPanel(Optional<Caller> caller, long candidateId, String username) {
        Candidate candidate = candidates.manage(caller, candidateId);
        if (username == null || !candidate.getInterviewers().contains(username)) {
            throw new Refusal("recruiter.panel.notMember", String.valueOf(username));
        }
        if (own(candidate, username).filter(Assessment::isSubmitted).isPresent()) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "recruiter.panel.removeSubmitted", username);
        }
        candidates.removeInterviewer(caller, candidateId, username);
        auditTrail.record(caller.orElseThrow().username(), "candidate.panel-removed", "candidate " + candidateId, username);
        return candidate;
    }

    private Candidate rateable(Optional<Caller> caller, Caller rater, long candidateId) {
        Candidate candidate = candidates.open(caller, candidateId);
        if (!CandidateAccess.mayRate(rater, candidate)) {
            throw Refusal.of(Refusal.Kind.FORBIDDEN, "recruiter.error.notOnPanel");
        }
        return candidate;
    }

    private Optional<Assessment> own(Candidate candidate, String rater) {
        return entityManager.createNamedQuery("Assessment.findByCandidate", Assessment.class)
                .setParameter("candidate", candidate)
                .getResultStream()
                .filter(a -> rater.equals(a.getRaterUsername()))
                .findFirst();
    }

    private InterviewSheet sheetOf(Assessment interview) {
        return new InterviewSheet(interview.getId(), instruments.of(interview), interview.getAnswers(),
                interview.getNotes(), interview.getCurrentPage(), interview.isSubmitted());
    }
}
