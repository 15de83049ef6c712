package org.concord.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.concord.kernel.AccessToken;
import org.concord.assessment.Assessment;
import org.concord.assessment.StoredScore;
import org.concord.database.Container;
import org.concord.candidate.Candidate;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.questionnaire.Scale;
import org.concord.report.ReportArchive;
import org.concord.report.ReportFiles;
import org.concord.report.ReportKind;
import org.concord.security.Caller;
import org.concord.security.Role;

/**
 * A candidate with everything Concord can hold about them: a submitted self-report (answers,
 * scale scores, consent time), an interviewer's submitted ratings with a note, and an archived
 * report file about them; plus the services in a container at a chosen time, and row
 * counts of every table that holds a candidate's data.
 */
final class PrivacyFixture {

    static final Catalog CATALOG = QuestionnaireLoader.loadFolder(Path.of("questionnaires"));
    static final Questionnaire SELF_REPORT = CATALOG.latest("cooperativeness").orElseThrow();
    static final Questionnaire INTERVIEW = CATALOG.latest("cooperation-interview").orElseThrow();
    static final Instant CONSENT = Instant.parse("2026-01-10T10:00:00Z");
    static final Caller RITA = new Caller("rita", "Rita Recruiter", java.util.Set.of(Role.RECRUITER), false);
    static final Caller OTTO = new Caller("otto", "Otto Other", java.util.Set.of(Role.RECRUITER), false);
    static final Caller HR = new Caller("hanna", "Hanna HR", java.util.Set.of(Role.HR), false);
    static final String NOTE = "Told a story about sharing the release plan with the night shift.";

    private PrivacyFixture() {
    }

    /** The services on {@code dataSource} at {@link #CONSENT}, archiving reports in {@code folder}. */
    static Container container(DataSource dataSource, Path folder) {
        return new Container(dataSource, Clock.fixed(CONSENT, ZoneOffset.UTC), Map.of("concord.reports", folder.toString()));
    }

    /** The privacy service as of {@code now}. */
    static PrivacyService service(Container container, Instant now) {
        container.clock(Clock.fixed(now, ZoneOffset.UTC));
        return container.get(PrivacyService.class);
    }
    /** A candidate of rita's, kept {@code days} days, with a self-report, an interview and a report file (archived at the container's time). */
    static long candidate(Container container, Path folder, String name, String email, int days) {
        return container.inTransaction(em -> {
            Candidate candidate = new Candidate(name, email, "Logistics planner", "rita",
                    "I agree that Concord keeps my answers for " + days + " days.", days, CONSENT);
            candidate.addInterviewer("ivan");
            em.persist(candidate);
            Assessment self = Assessment.selfReport(SELF_REPORT, candidate, AccessToken.hash(AccessToken.newToken()), CONSENT);
            self.consent(CONSENT);
            self.answerPage(SELF_REPORT, answers(SELF_REPORT, 4), 2);
            self.submit(scores(SELF_REPORT), "1", CONSENT.plusSeconds(600));
            em.persist(self);
            Assessment interview = Assessment.interview(INTERVIEW, candidate, "ivan", CONSENT);
            interview.answerPage(INTERVIEW, answers(INTERVIEW, 3), 2);
            interview.note(INTERVIEW.items().get(0), NOTE + " (" + name + ")");
            interview.submit(scores(INTERVIEW), "1", CONSENT.plusSeconds(3600));
            em.persist(interview);
            em.flush();
            String subject = PrivacyService.subject(candidate.getId());
            String file = ReportFiles.name(ReportKind.RAW_EXPORT, subject, CONSENT, "xlsx");
            try {
                Files.createDirectories(folder);
                Files.write(folder.resolve(file), new byte[] {1, 2, 3});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            container.get(ReportArchive.class)
                    .record(ReportKind.RAW_EXPORT, "Candidate profile", subject, "rita", file);
            return candidate.getId();
        });
    }

    private static Map<String, Integer> answers(Questionnaire questionnaire, int value) {
        Map<String, Integer> answers = new HashMap<>();
        for (Item item : questionnaire.items()) {
            answers.put(item.id(), value);
        }
        return answers;
    }

    private static Map<String, StoredScore> scores(Questionnaire questionnaire) {
        Map<String, StoredScore> scores = new HashMap<>();
        for (Scale scale : questionnaire.scales()) {
            int items = questionnaire.itemsOf(scale.id()).size();
            scores.put(scale.id(), new StoredScore(3.5, items, items));
        }
        return scores;
    }

    /** Rows of the candidate in candidate, candidate_interviewer, assessment, answer, scale_score, interview_note and report. */
    static Map<String, Long> rows(DataSource dataSource, long candidateId) {
        String assessments = "(SELECT id FROM assessment WHERE candidate_id = ?)";
        Map<String, String> counts = new java.util.LinkedHashMap<>();
        counts.put("candidate", "SELECT COUNT(*) FROM candidate WHERE id = ?");
        counts.put("candidate_interviewer", "SELECT COUNT(*) FROM candidate_interviewer WHERE candidate_id = ?");
        counts.put("assessment", "SELECT COUNT(*) FROM assessment WHERE candidate_id = ?");
        counts.put("answer", "SELECT COUNT(*) FROM answer WHERE assessment_id IN " + assessments);
        counts.put("scale_score", "SELECT COUNT(*) FROM scale_score WHERE assessment_id IN " + assessments);
        counts.put("interview_note", "SELECT COUNT(*) FROM interview_note WHERE assessment_id IN " + assessments);
        counts.put("report", "SELECT COUNT(*) FROM report WHERE subject = 'candidate-' || CAST(? AS VARCHAR(20))");
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, String> count : counts.entrySet()) {
                try (PreparedStatement select = connection.prepareStatement(count.getValue())) {
                    select.setLong(1, candidateId);
                    try (ResultSet result = select.executeQuery()) {
                        result.next();
                        rows.put(count.getKey(), result.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The same row counts, all zero. */
    static Map<String, Long> none() {
        Map<String, Long> none = new java.util.LinkedHashMap<>();
        for (String table : List.of("candidate", "candidate_interviewer", "assessment", "answer", "scale_score", "interview_note", "report")) {
            none.put(table, 0L);
        }
        return none;
    }

    static long files(Path folder) {
        try (var files = Files.list(folder)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
