package org.concord.report.candidate;

import org.concord.kernel.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import org.concord.report.Download;
import org.concord.report.ReportFiles;
import org.concord.report.ReportKind;
import org.concord.security.AuditTrail;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.concord.assessment.Assessment;
import org.concord.interview.CandidateProfile;
import org.concord.interview.ProfileService;
import org.concord.interview.RaterResult;
import org.concord.security.Caller;

/**
 * Gathers a candidate report's data in one transaction: the profile from {@link ProfileService}
 * (which refuses, with the page's reasons, a reader who may not see the candidate), then the
 * self-report's answers and the submission times of the interviews that profile shows, and no
 * others.
 */
@ApplicationScoped
@Transactional
public class CandidateReports {

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private ProfileService profiles;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    protected CandidateReports() {
        // for CDI
    }

    /**
     * The workbook of {@code candidateId} in {@code locale} for {@code caller} to download at once
     * (never archived, so nothing about the candidate outlives their erasure); its generation and
     * download are audited in this transaction. A {@code Refusal} when they may not see it.
     */
    public Download download(Optional<Caller> caller, long candidateId, Locale locale) {
        CandidateReportData data = data(caller, candidateId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CandidateReportWorkbook.write(data, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String subject = subject(candidateId);
        String fileName = ReportFiles.name(ReportKind.CANDIDATE_REPORT, subject, clock.instant(), "xlsx");
        String reader = caller.map(Caller::username).orElseThrow();
        audit.record(reader, "report.generated", subject, "candidate report, direct download");
        audit.record(reader, "report.downloaded", subject, fileName);
        return new Download(fileName, out.toByteArray());
    }

    /** How the audit trail and the report archive name a candidate: {@code candidate-<id>}. */
    public static String subject(long candidateId) {
        return "candidate-" + candidateId;
    }

    /** The report of {@code candidateId} for {@code caller}; a {@code Refusal} when they may not see it. */
    public CandidateReportData data(Optional<Caller> caller, long candidateId) {
        CandidateProfile profile = profiles.profile(caller, candidateId);
        Set<String> shown = profile.raters().stream().filter(RaterResult::submitted).map(RaterResult::rater)
                .collect(Collectors.toSet());
        Map<String, Integer> answers = Map.of();
        Instant selfReportAt = null;
        Map<String, Instant> interviewsAt = new HashMap<>();
        for (Assessment assessment : entityManager.createNamedQuery("Assessment.findByCandidate", Assessment.class)
                .setParameter("candidate", profile.candidate()).getResultList()) {
            if (!assessment.isSubmitted()) {
                continue;
            }
            if (assessment.getRaterUsername() == null) {
                answers = assessment.getAnswers();
                selfReportAt = assessment.getSubmittedAt();
            } else if (shown.contains(assessment.getRaterUsername())) {
                interviewsAt.put(assessment.getRaterUsername(), assessment.getSubmittedAt());
            }
        }
        return new CandidateReportData(profile, answers, selfReportAt, interviewsAt, clock.instant());
    }
}
