package org.concord.privacy;

import static org.concord.privacy.PrivacyFixture.container;
import static org.concord.privacy.PrivacyFixture.CONSENT;
import static org.concord.privacy.PrivacyFixture.HR;
import static org.concord.privacy.PrivacyFixture.INTERVIEW;
import static org.concord.privacy.PrivacyFixture.RITA;
import static org.concord.privacy.PrivacyFixture.SELF_REPORT;
import static org.concord.privacy.PrivacyFixture.service;
import static org.concord.scoring.io.JsonTestReader.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.scoring.io.JsonTestReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The export of everything Concord holds about a candidate, on H2 and PostgreSQL: the record,
 * the consent and its time, the retention date, the self-report with question texts and scale
 * scores, the interviewer's ratings and note, the report files and the audit entries about
 * them; and each export is itself in the audit trail.
 */
class CandidateExportTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theExportHoldsEverythingKeptAboutTheCandidate(TestDatabase database, @TempDir Path folder) {
        try (Container container = container(database.fresh(), folder)) {
            long id = PrivacyFixture.candidate(container, folder, "Zoé \"Z\" Quixby", "zoe@example.org", 90);
            Instant now = CONSENT.plusSeconds(7200);
            service(container, now).viewed(HR, id);

            CandidateExport export = service(container, now).export(RITA, id, "en");

            assertEquals("candidate-" + id + "-2026-01-10.json", export.fileName());
            assertEquals("application/json", export.contentType());
            Object json = JsonTestReader.parse(new String(export.content(), StandardCharsets.UTF_8));
            assertEquals("Zoé \"Z\" Quixby", at(json, "candidate", "name"));
            assertEquals("zoe@example.org", at(json, "candidate", "email"));
            assertEquals("rita", at(json, "candidate", "recruiter"));
            assertEquals(List.of("ivan"), at(json, "candidate", "interviewers"));
            assertEquals("I agree that Concord keeps my answers for 90 days.", at(json, "consent", "text"));
            assertEquals(CONSENT.toString(), at(json, "consent", "givenAt"));
            assertEquals(90.0, at(json, "consent", "retentionDays"));
            assertEquals("2026-04-10", at(json, "consent", "deletedAfter"));

            List<?> assessments = (List<?>) at(json, "assessments");
            assertEquals(2, assessments.size());
            Map<?, ?> self = (Map<?, ?>) assessments.get(0);
            assertEquals("self-report", self.get("kind"));
            assertEquals(SELF_REPORT.key(), self.get("questionnaire"));
            assertEquals(CONSENT.toString(), self.get("consentedAt"));
            assertEquals(SELF_REPORT.items().size(), ((List<?>) self.get("answers")).size());
            assertEquals(SELF_REPORT.items().get(0).text().in("en"), at(self, "answers", 0, "text"));
            assertEquals(4.0, at(self, "answers", 0, "value"));
            assertEquals(SELF_REPORT.scales().size(), ((List<?>) self.get("scaleScores")).size());
            assertEquals(3.5, at(self, "scaleScores", 0, "score"));

            Map<?, ?> interview = (Map<?, ?>) assessments.get(1);
            assertEquals("interview", interview.get("kind"));
            assertEquals("ivan", interview.get("interviewer"));
            assertEquals(INTERVIEW.items().get(0).text().in("en"), at(interview, "answers", 0, "text"));
            assertEquals(3.0, at(interview, "answers", 0, "value"));
            assertEquals(PrivacyFixture.NOTE + " (Zoé \"Z\" Quixby)", at(interview, "answers", 0, "note"));

            assertEquals(1, ((List<?>) at(json, "reports")).size());
            assertTrue(((String) at(json, "reports", 0, "file")).startsWith("raw-export-candidate-" + id + "-"));
            List<?> audit = (List<?>) at(json, "auditTrail");
            assertEquals(List.of("candidate.viewed", "candidate.exported"),
                    audit.stream().map(e -> ((Map<?, ?>) e).get("action")).toList());
            assertEquals("hanna", at(json, "auditTrail", 0, "actor"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theExportIsInFrenchWhenAskedAndEveryExportIsAudited(TestDatabase database, @TempDir Path folder) {
        try (Container container = container(database.fresh(), folder)) {
            long id = PrivacyFixture.candidate(container, folder, "Zoltan Quixby", null, 30);
            CandidateExport first = service(container, CONSENT).export(HR, id, "fr");
            service(container, CONSENT).export(RITA, id, "en");

            Object json = JsonTestReader.parse(new String(first.content(), StandardCharsets.UTF_8));
            assertEquals(SELF_REPORT.items().get(0).text().in("fr"), at(json, "assessments", 0, "answers", 0, "text"));
            assertEquals(null, at(json, "candidate", "email"));
            var entries = container.get(org.concord.security.AuditTrail.class)
                    .entriesFor("candidate.exported");
            assertEquals(List.of("hanna", "rita"), entries.stream().map(e -> e.getActor()).toList());
            assertEquals(List.of("candidate-" + id, "candidate-" + id), entries.stream().map(e -> e.getSubject()).toList());
        }
    }
}
