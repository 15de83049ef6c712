package org.concord.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concord.candidate.Candidate;
import org.concord.candidate.CandidateService;
import org.concord.kernel.Page;
import org.concord.kernel.PageRequest;
import org.concord.kernel.Progress;
import org.concord.security.Caller;

/**
 * The candidate list with each candidate's {@link CandidateStatus}: one page of the candidates
 * the caller may see ({@link CandidateService#page}), then the status of all of them from two
 * queries whatever the page's size (their assessments' progress and raters; which self-reports
 * hold answers), so the list never asks the database once per candidate for its status.
 */
@ApplicationScoped
@Transactional
public class CandidateStatuses {

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private CandidateService candidates;

    protected CandidateStatuses() {
        // for CDI
    }

    /** One page of the caller's candidate list, each with their status. */
    public Page<CandidateRow> page(Optional<Caller> caller, PageRequest request) {
        Page<Candidate> page = candidates.page(caller, request);
        Map<Long, CandidateStatus> statuses = of(page.rows());
        return new Page<>(page.rows().stream().map(c -> new CandidateRow(c, statuses.get(c.getId()))).toList(), page.total());
    }

    /** The status of each of {@code shown} (already opened by the caller), by candidate id, in two queries. */
    Map<Long, CandidateStatus> of(List<Candidate> shown) {
        Map<Long, CandidateStatus> statuses = new HashMap<>();
        if (shown.isEmpty()) {
            return statuses;
        }
        List<Long> ids = shown.stream().map(Candidate::getId).toList();
        Map<Long, Object[]> selfReports = new HashMap<>();
        Map<Long, Set<String>> submittedRaters = new HashMap<>();
        entityManager.createQuery("SELECT a.candidate.id, a.raterUsername, a.progress, a.answeringBeganAt FROM Assessment a"
                        + " WHERE a.candidate.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> {
                    Long candidate = (Long) row[0];
                    if (row[1] == null) {
                        selfReports.put(candidate, row);
                    } else if (row[2] == Progress.SUBMITTED) {
                        submittedRaters.computeIfAbsent(candidate, k -> new HashSet<>()).add((String) row[1]);
                    }
                });
        Set<Long> answered = new HashSet<>(entityManager.createQuery("SELECT DISTINCT a.candidate.id FROM Assessment a"
                        + " JOIN a.answers x WHERE a.candidate.id IN :ids AND a.raterUsername IS NULL", Long.class)
                .setParameter("ids", ids)
                .getResultList());
        for (Candidate candidate : shown) {
            Object[] selfReport = selfReports.get(candidate.getId());
            Progress seen = selfReport == null ? null : seen((Progress) selfReport[2], selfReport[3] != null,
                    answered.contains(candidate.getId()));
            int interviewed = (int) submittedRaters.getOrDefault(candidate.getId(), Set.of()).stream()
                    .filter(candidate::isInterviewer).count();
            statuses.put(candidate.getId(), CandidateStatus.of(candidate.getDecision(), seen, interviewed,
                    1 + candidate.getInterviewers().size()));
        }
        return statuses;
    }

    /** The self-report's progress as the recruiter sees it: a link nobody opened is only invited (as {@code Assessment.getProgressSeen}). */
    private static Progress seen(Progress stored, boolean began, boolean hasAnswers) {
        return stored == Progress.STARTED && !began && !hasAnswers ? Progress.INVITED : stored;
    }
}
