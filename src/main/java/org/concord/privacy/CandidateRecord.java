package org.concord.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything Concord holds about one candidate, as handed to them when they ask for it: who
 * they are, who interviews them, what their recruiter decided and why, what they consented to and when, until when their data is kept, every assessment
 * of them (their own self-report, each interviewer's ratings and notes) with the question texts
 * and the scale scores, the report files about them, and the audit entries about them. A plain
 * value, built in one transaction and then written out as a file.
 */
public record CandidateRecord(long id, String name, String email, String position, String recruiter,
                              Instant createdAt, String consentText, Instant consentAt, int retentionDays,
                              LocalDate deleteAfter, List<String> interviewers, DecisionPart decision,
                              List<AssessmentPart> assessments,
                              List<ReportPart> reports, List<AuditPart> audit) {

    /** The recruiter's decision with its reason, who recorded it and when (null while none is). */
    public record DecisionPart(String decision, String reason, String decidedBy, Instant decidedAt) {
    }

    /** One assessment: the self-report (no rater) or one interviewer's ratings. */
    public record AssessmentPart(long id, String kind, String questionnaire, String title, String rater,
                                 String progress, Instant startedAt, Instant consentedAt, Instant submittedAt,
                                 List<AnswerPart> answers, List<ScorePart> scores) {
    }

    /** One answered question, with its text in the reader's language and the interviewer's note if any. */
    public record AnswerPart(String item, String text, Integer value, String note) {
    }

    /** One scale score (null when too few items were answered). */
    public record ScorePart(String scale, String name, Double score, int answered, int items) {
    }

    /** One report file about the candidate. */
    public record ReportPart(String title, String fileName, Instant generatedAt, String generatedBy) {
    }

    /** One audit entry whose subject is the candidate. */
    public record AuditPart(Instant at, String actor, String action, String detail) {
    }
}
