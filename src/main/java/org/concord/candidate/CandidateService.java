package org.concord.candidate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.concord.kernel.Texts;
import org.concord.database.Like;
import org.concord.security.Account;
import org.concord.security.Caller;
import org.concord.security.Role;

/**
 * A recruiter's candidates: brings one in with the consent they gave, lists those the caller
 * may see one page at a time (paged, sorted and filtered in the database), opens one, and
 * names the other interviewers of the panel. Every method takes the caller and refuses, with a
 * {@link RecruiterException}, anything {@link CandidateAccess} does not allow, so no page or
 * download can reach another recruiter's candidate.
 */
@ApplicationScoped
@Transactional
public class CandidateService {

    private static final Logger LOG = Logger.getLogger(CandidateService.class.getName());
    private static final String VISIBLE = "(c.recruiterUsername = :me OR c.id IN"
            + " (SELECT p.id FROM Candidate p JOIN p.interviewers i WHERE i = :me))";

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    protected CandidateService() {
        // for CDI
    }

    /** Brings in a candidate for the calling recruiter; refused without the candidate's consent. */
    public Candidate create(Optional<Caller> caller, NewCandidate input) {
        Caller recruiter = CandidateAccess.recruiter(caller);
        if (!input.consentGiven()) {
            throw new RecruiterException("recruiter.error.noConsent");
        }
        Candidate candidate;
        try {
            candidate = new Candidate(input.name(), input.email(), input.position(), recruiter.username(),
                    input.consentText(), input.retentionDays(), clock.instant());
        } catch (IllegalArgumentException invalid) {
            // an over-long name, a malformed e-mail: refused with the field named, nothing stored
            throw new RecruiterException("recruiter.error.invalid", invalid.getMessage());
        }
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
            throw new RecruiterException("recruiter.error.notYours");
        }
        return candidate;
    }

    /** The candidate, when the caller may manage it (give the self-report, name interviewers). */
    public Candidate manage(Optional<Caller> caller, long candidateId) {
        Caller signedIn = CandidateAccess.signedIn(caller);
        Candidate candidate = find(candidateId);
        if (!CandidateAccess.mayManage(signedIn, candidate)) {
            LOG.warning(() -> "Refused to let " + signedIn.username() + " manage candidate " + candidateId);
            throw new RecruiterException("recruiter.error.notYours");
        }
        return candidate;
    }

    /** Names another interviewer (an account's user name) who may rate the candidate. */
    public Candidate addInterviewer(Optional<Caller> caller, long candidateId, String username) {
        Candidate candidate = manage(caller, candidateId);
        String interviewer;
        try {
            interviewer = Texts.required(username, Candidate.USERNAME_LENGTH, "interviewer");
        } catch (IllegalArgumentException invalid) {
            // an over-long user name: refused with the field named, the panel unchanged
            throw new RecruiterException("recruiter.error.invalid", invalid.getMessage());
        }
        if (!mayInterview(interviewer)) {
            throw new RecruiterException("recruiter.panel.unknown", interviewer);
        }
        candidate.addInterviewer(interviewer);
        return candidate;
    }

    public Candidate removeInterviewer(Optional<Caller> caller, long candidateId, String username) {
        Candidate candidate = manage(caller, candidateId);
        candidate.removeInterviewer(username);
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

    /** One page of the candidates the caller brought in or interviews. */
    public List<Candidate> page(Optional<Caller> caller, CandidateQuery query) {
        Caller signedIn = CandidateAccess.signedIn(caller);
        String order = query.sortField() == null ? "c.createdAt DESC"
                : "c." + query.sortField() + (query.ascending() ? " ASC" : " DESC");
        TypedQuery<Candidate> select = entityManager.createQuery("SELECT c FROM Candidate c WHERE " + VISIBLE
                + filters(query) + " ORDER BY " + order + ", c.id", Candidate.class);
        bind(select, signedIn, query);
        return select.setFirstResult(query.first()).setMaxResults(query.size()).getResultList();
    }

    /** How many candidates {@link #page} pages through. */
    public long count(Optional<Caller> caller, CandidateQuery query) {
        Caller signedIn = CandidateAccess.signedIn(caller);
        TypedQuery<Long> count = entityManager.createQuery("SELECT COUNT(c) FROM Candidate c WHERE " + VISIBLE
                + filters(query), Long.class);
        bind(count, signedIn, query);
        return count.getSingleResult();
    }

    private static String filters(CandidateQuery query) {
        return (blank(query.name()) ? "" : " AND LOWER(c.name) LIKE :name" + Like.ESCAPE)
                + (blank(query.position()) ? "" : " AND LOWER(c.position) LIKE :position" + Like.ESCAPE);
    }

    private static void bind(TypedQuery<?> select, Caller caller, CandidateQuery query) {
        select.setParameter("me", caller.username());
        if (!blank(query.name())) {
            select.setParameter("name", Like.containing(query.name()));
        }
        if (!blank(query.position())) {
            select.setParameter("position", Like.containing(query.position()));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private Candidate find(long candidateId) {
        Candidate candidate = entityManager.find(Candidate.class, candidateId);
        if (candidate == null) {
            throw new RecruiterException("recruiter.error.notYours");
        }
        return candidate;
    }
}
