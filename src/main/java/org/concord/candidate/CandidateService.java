package org.concord.candidate;

import org.concord.kernel.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.concord.kernel.Texts;
import org.concord.database.PageQuery;
import org.concord.kernel.Page;
import org.concord.kernel.PageRequest;
import org.concord.security.Account;
import org.concord.security.AuditTrail;
import org.concord.security.Caller;
import org.concord.security.Role;

/**
 * A recruiter's candidates: brings one in with the consent they gave, lists those the caller
 * may see one page at a time (paged, sorted and filtered in the database), opens one, and
 * names the other interviewers of the panel. Every method takes the caller and refuses, with a
 * {@link Refusal}, anything {@link CandidateAccess} does not allow, so no page or
 * download can reach another recruiter's candidate.
 */
@ApplicationScoped
@Transactional
public class CandidateService {

    private static final Logger LOG = Logger.getLogger(CandidateService.class.getName());
    private static final String VISIBLE = "(x.recruiterUsername = :me OR x.id IN"
            + " (SELECT p.id FROM Candidate p JOIN p.interviewers i WHERE i = :me))";

    /** The columns the candidate list may be sorted by, as the page names them. */
    public static final Map<String, String> SORTABLE = Map.of("name", "x.name", "position", "x.position",
            "createdAt", "x.createdAt", "deleteAfter", "x.deleteAfter");
    private static final Map<String, String> FILTERABLE = Map.of("name", "x.name", "position", "x.position");

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    protected CandidateService() {
        // for CDI
    }

    /** Brings in a candidate for the calling recruiter; refused without the candidate's consent. */
    public Candidate create(Optional<Caller> caller, NewCandidate input) {
        Caller recruiter = CandidateAccess.recruiter(caller);
        if (!input.consentGiven()) {
            throw new Refusal("recruiter.error.noConsent").on("consent");
        }
        Candidate candidate = new Candidate(input.name(), input.email(), input.position(), recruiter.username(),
                input.consentText(), input.retentionDays(), clock.instant());
        entityManager.persist(candidate);
        entityManager.flush();
        LOG.info(() -> "Recruiter " + recruiter.username() + " brought in candidate " + candidate.getId());
        return candidate;
    }

    /** The candidate, when the caller may open it (their recruiter, HR, or an interviewer of the panel). */
    public Candidate open(Optional<Caller> caller, long candidateId) {
        Caller signedIn = CandidateAccess.signedIn(caller);
        Candidate candidate = find(candidateId);
        if (!CandidateAccess.mayOpen(signedIn, candidate)) {
            LOG.warning(() -> "Refused candidate " + candidateId + " to " + signedIn.username());
            throw Refusal.of(Refusal.Kind.FORBIDDEN, "recruiter.error.notYours");
        }
        return candidate;
    }

    /** The candidate, when the caller may manage it (give the self-report, name interviewers). */
    public Candidate manage(Optional<Caller> caller, long candidateId) {
        Caller signedIn = CandidateAccess.signedIn(caller);
        Candidate candidate = find(candidateId);
        if (!CandidateAccess.mayManage(signedIn, candidate)) {
            LOG.warning(() -> "Refused to let " + signedIn.username() + " manage candidate " + candidateId);
            throw Refusal.of(Refusal.Kind.FORBIDDEN, "recruiter.error.notYours");
        }
        return candidate;
    }

    /** Names another interviewer (an account's user name) who may rate the candidate. */
    public Candidate addInterviewer(Optional<Caller> caller, long candidateId, String username) {
        Candidate candidate = manage(caller, candidateId);
        String interviewer = Texts.required(username, Candidate.USERNAME_LENGTH, "interviewer");
        if (!mayInterview(interviewer)) {
            throw new Refusal("recruiter.panel.unknown", interviewer).on("interviewer");
        }
        candidate.addInterviewer(interviewer);
        return candidate;
    }

    public Candidate removeInterviewer(Optional<Caller> caller, long candidateId, String username) {
        Candidate candidate = manage(caller, candidateId);
        candidate.removeInterviewer(username);
        return candidate;
    }

    /**
     * Records or changes the decision about a candidate, with its reason; only the candidate's own
     * recruiter may (not HR, not the panel). Audited as {@code candidate.decided} with the decision
     * only (each change an entry of its own), never the reason: the reason may say anything about the person, and
     * the audit trail outlives the candidate's erasure, while the reason is erased with them.
     */
    public Candidate decide(Optional<Caller> caller, long candidateId, Decision decision, String reason) {
        Caller signedIn = CandidateAccess.signedIn(caller);
        Candidate candidate = open(caller, candidateId);
        if (!signedIn.username().equals(candidate.getRecruiterUsername())) {
            LOG.warning(() -> "Refused to let " + signedIn.username() + " decide about candidate " + candidateId);
            throw Refusal.of(Refusal.Kind.FORBIDDEN, "recruiter.decide.notOwner");
        }
        candidate.decide(decision, reason, signedIn.username(), clock.instant());
        entityManager.flush();
        audit.record(signedIn.username(), "candidate.decided", "candidate-" + candidateId,
                decision.code());
        LOG.info(() -> "Recruiter " + signedIn.username() + " decided " + decision.code() + " for candidate " + candidateId);
        return candidate;
    }

    /** Whether {@code username} is an enabled account that may rate candidates (a recruiter, or HR). */
    private boolean mayInterview(String username) {
        return entityManager.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .anyMatch(account -> !account.isDisabled()
                        && (account.getRoles().contains(Role.RECRUITER) || account.getRoles().contains(Role.HR)));
    }

    /**
     * One page of the candidates the caller may open (their own and those they interview), newest
     * first unless the table sorts on one of {@link #SORTABLE}, filtered by parts of the name and
     * the position (any case).
     */
    public Page<Candidate> page(Optional<Caller> caller, PageRequest request) {
        Caller signedIn = CandidateAccess.signedIn(caller);
        PageQuery query = new PageQuery("x", "Candidate x").where(VISIBLE, "me", signedIn.username())
                .filters(request, FILTERABLE).sort(request, SORTABLE, "x.createdAt DESC, x.id");
        return new Page<>(query.rows(entityManager, request, Candidate.class), query.count(entityManager));
    }

    private Candidate find(long candidateId) {
        Candidate candidate = entityManager.find(Candidate.class, candidateId);
        if (candidate == null) {
            throw Refusal.of(Refusal.Kind.FORBIDDEN, "recruiter.error.notYours");
        }
        return candidate;
    }
}
