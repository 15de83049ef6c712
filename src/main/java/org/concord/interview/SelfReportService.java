package org.concord.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.concord.kernel.AccessToken;
import org.concord.assessment.Assessment;
import org.concord.assessment.AssessmentService;
import org.concord.questionnaire.Questionnaire;
import org.concord.security.Caller;
import org.concord.candidate.Candidate;
import org.concord.candidate.CandidateAccess;
import org.concord.candidate.CandidateService;
import org.concord.security.AuditTrail;
import org.concord.kernel.Refusal;

/**
 * Gives a candidate the cooperativeness self-report, one of two ways: a personal link, whose
 * token is returned once for the recruiter to copy and stored only as its hash (the public
 * respondent pages resolve it through {@link AssessmentService#findByAccessToken}); or kiosk
 * mode, where the candidate answers on the recruiter's screen. A candidate has one self-report:
 * a new link replaces the old one (which stops working) and keeps the answers given so far.
 * Kiosk methods save and submit answers but never return them to anyone but the kiosk, and
 * never return scores.
 */
@ApplicationScoped
@Transactional
public class SelfReportService {

    private static final Logger LOG = Logger.getLogger(SelfReportService.class.getName());

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
    private AuditTrail audit;

    protected SelfReportService() {
        // for CDI
    }

    /** The candidate's self-report, if they have been given one. */
    public Optional<Assessment> of(Candidate candidate) {
        return entityManager.createNamedQuery("Assessment.findByCandidate", Assessment.class)
                .setParameter("candidate", candidate)
                .getResultStream()
                .filter(a -> a.getRaterUsername() == null)
                .findFirst();
    }

    /**
     * A new personal link for the candidate: the token, to be shown once and never again. Any
     * earlier link stops working; answers given through it are kept.
     */
    public String issueLink(Optional<Caller> caller, long candidateId) {
        Candidate candidate = candidates.manage(caller, candidateId);
        Optional<Assessment> existing = of(candidate);
        if (existing.isPresent() && existing.get().isSubmitted()) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "recruiter.error.alreadySubmitted");
        }
        String token = AccessToken.newToken();
        Questionnaire questionnaire = existing.map(instruments::of).orElseGet(instruments::selfReport);
        Assessment replacement = Assessment.selfReport(questionnaire, candidate, AccessToken.hash(token), clock.instant());
        existing.ifPresent(old -> {
            replacement.answerPage(questionnaire, old.getAnswers(), old.getCurrentPage());
            replacement.continues(old);
            entityManager.remove(old);
            entityManager.flush();
        });
        entityManager.persist(replacement);
        LOG.info(() -> "A personal self-report link was issued for candidate " + candidateId);
        return token;
    }

    /**
     * The candidate a just-issued personal link may be e-mailed to: refused unless the caller
     * manages the candidate, {@code token} is the candidate's current link (so nothing else can be
     * sent in its place) and the candidate has an e-mail address.
     */
    public Candidate linkRecipient(Optional<Caller> caller, long candidateId, String token) {
        Candidate candidate = candidates.manage(caller, candidateId);
        boolean current = token != null && entityManager.createNamedQuery("Assessment.findByAccessHash", Assessment.class)
                .setParameter("hash", AccessToken.hash(token))
                .getResultStream()
                .anyMatch(a -> a.getRaterUsername() == null && a.getCandidate() != null
                        && a.getCandidate().getId().equals(candidate.getId()) && !a.isSubmitted());
        if (!current) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "recruiter.mail.noLink");
        }
        if (candidate.getEmail() == null) {
            throw new Refusal("recruiter.mail.noEmail");
        }
        return candidate;
    }

    /** Notes in the audit trail that the mail server accepted the candidate's link for their address. */
    public void linkMailed(Optional<Caller> caller, long candidateId) {
        Candidate candidate = candidates.manage(caller, candidateId);
        audit.record(CandidateAccess.signedIn(caller).username(), "candidate.link-mailed", "candidate-" + candidate.getId(), null);
        LOG.info(() -> "The self-report link of candidate " + candidateId + " was e-mailed to them");
    }

    /** Opens (or continues) the self-report on the recruiter's screen; returns its assessment's id. */
    public long startKiosk(Optional<Caller> caller, long candidateId) {
        Candidate candidate = candidates.manage(caller, candidateId);
        Assessment selfReport = of(candidate).orElseGet(() -> {
            // a link nobody ever receives: the token is thrown away at once, only its hash is kept
            Assessment created = Assessment.selfReport(instruments.selfReport(), candidate,
                    AccessToken.hash(AccessToken.newToken()), clock.instant());
            entityManager.persist(created);
            return created;
        });
        if (selfReport.isSubmitted()) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "recruiter.error.alreadySubmitted");
        }
        selfReport.beganAnswering(clock.instant());
        entityManager.flush();
        return selfReport.getId();
    }

    /** What the kiosk shows: the page being answered and the answers so far, or that all is submitted. */
    public KioskView kiosk(Optional<Caller> caller, long candidateId) {
        Assessment selfReport = kioskAssessment(caller, candidateId);
        return new KioskView(selfReport.getId(), instruments.of(selfReport), selfReport.getCurrentPage(),
                selfReport.getAnswers(), selfReport.isSubmitted());
    }

    /** Saves one kiosk page and where to go next. */
    public KioskView savePage(Optional<Caller> caller, long candidateId, Map<String, Integer> answers, int nextPage) {
        Assessment selfReport = kioskAssessment(caller, candidateId);
        assessments.savePage(selfReport.getId(), answers, nextPage);
        return kiosk(caller, candidateId);
    }

    /** Saves the last page and submits; a second submission changes nothing. */
    public KioskView submit(Optional<Caller> caller, long candidateId, Map<String, Integer> answers) {
        Assessment selfReport = kioskAssessment(caller, candidateId);
        if (!selfReport.isSubmitted()) {
            assessments.savePage(selfReport.getId(), answers, selfReport.getCurrentPage());
            assessments.submit(selfReport.getId());
            LOG.info(() -> "Candidate " + candidateId + " submitted their self-report in kiosk mode");
        }
        return kiosk(caller, candidateId);
    }

    private Assessment kioskAssessment(Optional<Caller> caller, long candidateId) {
        Candidate candidate = candidates.manage(caller, candidateId);
        return of(candidate).orElseThrow(() -> new Refusal("recruiter.error.noSelfReport"));
    }
}
