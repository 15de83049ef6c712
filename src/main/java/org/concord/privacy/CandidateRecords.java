package org.concord.privacy;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.concord.assessment.Assessment;
import org.concord.catalog.QuestionnaireSource;
import org.concord.assessment.StoredScore;
import org.concord.candidate.Candidate;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;
import org.concord.report.ReportArchive;
import org.concord.security.AuditTrail;

/**
 * Gathers a {@link CandidateRecord} from the tables that hold a candidate's data: the candidate
 * row, their assessments (answers, scale scores, notes), the report archive and the audit trail.
 * Question and scale texts come from the questionnaire version that was answered; should that
 * file be gone, the ids are still given.
 */
final class CandidateRecords {

    private final EntityManager entityManager;
    private final QuestionnaireSource questionnaires;
    private final ReportArchive archive;
    private final AuditTrail audit;

    CandidateRecords(EntityManager entityManager, QuestionnaireSource questionnaires, ReportArchive archive, AuditTrail audit) {
        this.entityManager = entityManager;
        this.questionnaires = questionnaires;
        this.archive = archive;
        this.audit = audit;
    }

    CandidateRecord of(Candidate candidate, String language) {
        String subject = PrivacyService.subject(candidate.getId());
        List<CandidateRecord.AssessmentPart> assessments = new ArrayList<>();
        for (Assessment assessment : assessmentsOf(entityManager, candidate)) {
            assessments.add(part(assessment, language));
        }
        List<CandidateRecord.ReportPart> reports = archive.about(subject).stream()
                .map(r -> new CandidateRecord.ReportPart(r.getTitle(), r.getFileName(), r.getGeneratedAt(), r.getGeneratedBy()))
                .toList();
        List<CandidateRecord.AuditPart> entries = audit.entriesAbout(subject).stream()
                .map(e -> new CandidateRecord.AuditPart(e.getOccurredAt(), e.getActor(), e.getAction(), e.getDetail()))
                .toList();
        return new CandidateRecord(candidate.getId(), candidate.getName(), candidate.getEmail(), candidate.getPosition(),
                candidate.getRecruiterUsername(), candidate.getCreatedAt(), candidate.getConsentText(),
                candidate.getConsentAt(), candidate.getRetentionDays(), candidate.getDeleteAfter(),
                candidate.getInterviewers().stream().sorted().toList(), decisionOf(candidate), assessments, reports, entries);
    }

    private static CandidateRecord.DecisionPart decisionOf(Candidate candidate) {
        return candidate.getDecision() == null ? null : new CandidateRecord.DecisionPart(candidate.getDecision().code(),
                candidate.getDecisionReason(), candidate.getDecidedBy(), candidate.getDecidedTime().toInstant());
    }

    static List<Assessment> assessmentsOf(EntityManager entityManager, Candidate candidate) {
        return entityManager.createNamedQuery("Assessment.findByCandidate", Assessment.class)
                .setParameter("candidate", candidate).getResultList();
    }

    private CandidateRecord.AssessmentPart part(Assessment assessment, String language) {
        Optional<Questionnaire> questionnaire = questionnaires.find(assessment.getQuestionnaireId(),
                assessment.getQuestionnaireVersion());
        Map<String, Integer> answers = assessment.getAnswers();
        Map<String, String> notes = assessment.getNotes();
        TreeSet<String> itemIds = new TreeSet<>(answers.keySet());
        itemIds.addAll(notes.keySet());
        List<String> ordered = questionnaire.map(q -> q.items().stream().map(Item::id).filter(itemIds::contains).toList())
                .orElse(List.copyOf(itemIds));
        List<CandidateRecord.AnswerPart> answerParts = new ArrayList<>();
        for (String item : ordered) {
            String text = questionnaire.flatMap(q -> q.item(item)).map(i -> i.text().in(language)).orElse(null);
            answerParts.add(new CandidateRecord.AnswerPart(item, text, answers.get(item), notes.get(item)));
        }
        List<CandidateRecord.ScorePart> scores = new ArrayList<>();
        for (Map.Entry<String, StoredScore> score : new java.util.TreeMap<>(assessment.getScores()).entrySet()) {
            String name = questionnaire.flatMap(q -> q.scale(score.getKey())).map(Scale::name).map(n -> n.in(language)).orElse(null);
            scores.add(new CandidateRecord.ScorePart(score.getKey(), name, score.getValue().getScore(),
                    score.getValue().getAnswered(), score.getValue().getItems()));
        }
        String kind = assessment.getRaterUsername() == null ? "self-report" : "interview";
        return new CandidateRecord.AssessmentPart(assessment.getId(), kind,
                assessment.getQuestionnaireId() + ".v" + assessment.getQuestionnaireVersion(),
                questionnaire.map(q -> q.title().in(language)).orElse(null), assessment.getRaterUsername(),
                assessment.getProgress().name(), assessment.getStartedAt(), assessment.getConsentedAt(),
                assessment.getSubmittedAt(), answerParts, scores);
    }
}
