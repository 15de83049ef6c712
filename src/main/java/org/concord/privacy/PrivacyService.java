package org.concord.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concord.report.candidate.CandidateReports;
import org.concord.assessment.Assessment;
import org.concord.catalog.QuestionnaireSource;
import org.concord.campaign.Invitation;
import org.concord.kernel.Refusal;
import org.concord.campaign.TeamMember;
import org.concord.candidate.Candidate;
import org.concord.report.Report;
import org.concord.report.ReportArchive;
import org.concord.security.AccessPolicy;
import org.concord.security.AuditTrail;
import org.concord.security.Caller;
import org.concord.security.Role;

/**
 * What people may ask of their personal data, and the retention that needs nobody to ask:
 * erasing a candidate (the row, every assessment of them with its answers, scores, ratings and
 * notes, and the report files about them), erasing a team member (name and e-mail; their
 * invitation stays without them), exporting everything held about a candidate, and erasing
 * the candidates whose retention date has passed. Each action writes one audit entry that says
 * it happened, about {@code candidate-<id>} or {@code member-<id>}, never with a name or data.
 */
@ApplicationScoped
@Transactional
public class PrivacyService {

    private static final Logger LOG = Logger.getLogger(PrivacyService.class.getName());
    /** The actor of what Concord does on its own (the retention job). */
    static final String SYSTEM = "system";

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    private QuestionnaireSource questionnaires;

    @Inject
    private ReportArchive archive;

    @Inject
    private AuditTrail audit;

    protected PrivacyService() {
        // for CDI
    }

    /** How the audit trail and the report archive name a candidate: {@code candidate-<id>}. */
    public static String subject(long candidateId) {
        return CandidateReports.subject(candidateId);
    }

    /** Erases a candidate at their request, when {@code actor} manages them (their recruiter, HR). */
    public void erase(Caller actor, long candidateId) {
        Candidate candidate = manageable(actor, candidateId);
        String removed = remove(candidate);
        audit.record(actor.username(), "candidate.erased", subject(candidateId), removed);
        LOG.log(Level.INFO, "Candidate {0} erased at the request of {1}", new Object[] {candidateId, actor.username()});
    }

    /** The candidates whose retention date ({@code delete_after}) is before today. */
    public List<Long> expiredCandidates() {
        return entityManager.createNamedQuery("Candidate.findExpired", Candidate.class)
                .setParameter("today", LocalDate.now(clock))
                .getResultStream().map(Candidate::getId).toList();
    }

    /** Erases one candidate whose retention date has passed; false when there is none such (any more). */
    public boolean eraseExpired(long candidateId) {
        Candidate candidate = entityManager.find(Candidate.class, candidateId);
        if (candidate == null || !candidate.getDeleteAfter().isBefore(LocalDate.now(clock))) {
            return false;
        }
        String removed = remove(candidate);
        audit.record(SYSTEM, "candidate.retention-erased", subject(candidateId), removed);
        return true;
    }

    /**
     * Erases a team member at their request (HR only): their name and e-mail go; their personal
     * invitations stay, linked to nobody, so that the campaign's counts remain right. Nothing
     * else names them: submitted campaign answers were cut from the invitation at submission.
     */
    public void eraseMember(Caller actor, long memberId) {
        if (!actor.hasRole(Role.HR)) {
            throw new Refusal("privacy.refused");
        }
        TeamMember member = entityManager.find(TeamMember.class, memberId);
        if (member == null) {
            throw new Refusal("privacy.refused");
        }
        List<Invitation> invitations = entityManager.createNamedQuery("Invitation.findByMember", Invitation.class)
                .setParameter("member", member).getResultList();
        invitations.forEach(Invitation::forgetMember);
        long teamId = member.getTeam().getId();
        member.getTeam().removeMember(memberId);
        entityManager.flush();
        audit.record(actor.username(), "member.erased", "member-" + memberId,
                "team-" + teamId + ", " + invitations.size() + " invitation(s) unlinked");
        LOG.log(Level.INFO, "Team member {0} erased at the request of {1}", new Object[] {memberId, actor.username()});
    }

    /** Everything held about a candidate, as a JSON file, with its texts in {@code language}. */
    public CandidateExport export(Caller actor, long candidateId, String language) {
        Candidate candidate = manageable(actor, candidateId);
        audit.record(actor.username(), "candidate.exported", subject(candidateId), "json");
        entityManager.flush();
        CandidateRecord record = new CandidateRecords(entityManager, questionnaires, archive, audit).of(candidate, language);
        byte[] json = CandidateJson.write(record, clock.instant()).getBytes(StandardCharsets.UTF_8);
        return new CandidateExport(subject(candidateId) + "-" + LocalDate.now(clock) + ".json", "application/json", json);
    }

    /** Notes in the audit trail that {@code actor} looked at a candidate's results. */
    public void viewed(Caller actor, long candidateId) {
        audit.record(actor.username(), "candidate.viewed", subject(candidateId), null);
    }

    /** Removes the candidate and all of theirs; says how much went, in words that name nobody. */
    private String remove(Candidate candidate) {
        List<Assessment> assessments = CandidateRecords.assessmentsOf(entityManager, candidate);
        assessments.forEach(entityManager::remove);
        entityManager.flush();
        List<Report> reports = archive.about(subject(candidate.getId()));
        reports.forEach(archive::remove);
        entityManager.remove(candidate);
        entityManager.flush();
        return assessments.size() + " assessment(s), " + reports.size() + " report file(s)";
    }

    private Candidate manageable(Caller actor, long candidateId) {
        Candidate candidate = entityManager.find(Candidate.class, candidateId);
        if (candidate == null || !new AccessPolicy(actor).canSeeCandidateOf(candidate.getRecruiterUsername())) {
            LOG.log(Level.WARNING, "Refused candidate {0} to {1}", new Object[] {candidateId, actor.username()});
            throw new Refusal("privacy.refused");
        }
        return candidate;
    }
}
