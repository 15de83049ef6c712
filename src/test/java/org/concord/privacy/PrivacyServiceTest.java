package org.concord.privacy;

import static org.concord.privacy.PrivacyFixture.CONSENT;
import static org.concord.privacy.PrivacyFixture.HR;
import static org.concord.privacy.PrivacyFixture.OTTO;
import static org.concord.privacy.PrivacyFixture.RITA;
import static org.concord.privacy.PrivacyFixture.candidate;
import static org.concord.privacy.PrivacyFixture.files;
import static org.concord.privacy.PrivacyFixture.none;
import static org.concord.privacy.PrivacyFixture.rows;
import static org.concord.privacy.PrivacyFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.concord.kernel.Refusal;
import org.concord.database.Jpa;
import org.concord.database.TestDatabase;
import org.concord.security.AuditEntry;
import org.concord.security.AuditTrail;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retention and erasure of candidates on H2 and PostgreSQL: nothing goes before the retention
 * date, everything of the candidate goes after it or on request (every table, the report file),
 * nobody else's data goes, and the audit trail says what happened without naming anyone.
 */
class PrivacyServiceTest {

    private static final String NAME = "Zoltan Quixby";
    private static final String EMAIL = "zoltan.quixby@example.org";
    private static final String OTHER = "Wilhelmina Stroud";

    private static List<AuditEntry> audit(Jpa jpa, String action) {
        return jpa.inTransaction(em -> new AuditTrail(em, java.time.Clock.systemUTC()).entriesFor(action));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void retentionKeepsEverythingUntilTheDateAndErasesEverythingAfter(TestDatabase database, @TempDir Path folder) {
        DataSource dataSource = database.fresh();
        try (Jpa jpa = new Jpa(dataSource)) {
            long expiring = candidate(jpa, folder, NAME, EMAIL, 30);
            long kept = candidate(jpa, folder, OTHER, "w.stroud@example.org", 180);
            var before = rows(dataSource, expiring);
            assertEquals(1L, before.get("candidate"));
            assertEquals(2L, before.get("assessment"));
            assertTrue(before.get("answer") > 0 && before.get("scale_score") > 0);
            assertEquals(1L, before.get("interview_note"));
            assertEquals(1L, before.get("report"));
            assertEquals(2, files(folder));

            Instant lastDay = Instant.parse("2026-02-09T23:59:00Z"); // consent 2026-01-10 + 30 days
            int none = jpa.inTransaction(em -> new CandidateRetention(service(em, lastDay, folder)).run());
            assertEquals(0, none, "on its delete_after day a candidate is still kept");
            assertEquals(before, rows(dataSource, expiring));
            assertEquals(2, files(folder));

            Instant dayAfter = Instant.parse("2026-02-10T00:01:00Z");
            int erased = jpa.inTransaction(em -> new CandidateRetention(service(em, dayAfter, folder)).run());

            assertEquals(1, erased);
            assertEquals(none(), rows(dataSource, expiring));
            assertEquals(1, files(folder), "the report file about the candidate is gone, the other's stays");
            assertEquals(1L, rows(dataSource, kept).get("candidate"));
            assertEquals(2L, rows(dataSource, kept).get("assessment"));
            assertEquals(List.of(), PersonalDataScan.whereFound(dataSource, NAME, EMAIL, "Quixby"));
            assertFalse(PersonalDataScan.whereFound(dataSource, OTHER).isEmpty(), "the scan finds what is there");

            List<AuditEntry> entries = audit(jpa, "candidate.retention-erased");
            assertEquals(1, entries.size());
            assertEquals("candidate-" + expiring, entries.get(0).getSubject());
            assertEquals("system", entries.get(0).getActor());
            assertEquals("2 assessment(s), 1 report file(s)", entries.get(0).getDetail());
            assertEquals(dayAfter, entries.get(0).getOccurredAt());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCandidateErasedOnRequestLeavesNothingAnywhereButTheFactOfIt(TestDatabase database, @TempDir Path folder) {
        DataSource dataSource = database.fresh();
        try (Jpa jpa = new Jpa(dataSource)) {
            long erased = candidate(jpa, folder, NAME, EMAIL, 180);
            long kept = candidate(jpa, folder, OTHER, "w.stroud@example.org", 180);
            Instant now = CONSENT.plusSeconds(86_400);
            jpa.inTransaction(em -> {
                service(em, now, folder).viewed(RITA, erased);
                return null;
            });

            Refusal refused = assertThrows(Refusal.class,
                    () -> jpa.inTransaction(em -> {
                        service(em, now, folder).erase(OTTO, erased);
                        return null;
                    }));
            assertEquals("privacy.refused", refused.key());
            assertEquals(1L, rows(dataSource, erased).get("candidate"), "another recruiter erases nothing");

            jpa.inTransaction(em -> {
                service(em, now, folder).erase(RITA, erased);
                return null;
            });

            assertEquals(none(), rows(dataSource, erased));
            assertEquals(1, files(folder));
            assertEquals(List.of(), PersonalDataScan.whereFound(dataSource, NAME, EMAIL, "Quixby", "night shift (Zoltan"));
            assertTrue(PersonalDataScan.columnCount(dataSource) > 20, "every text column of every table was read");
            assertEquals(2L, rows(dataSource, kept).get("assessment"));
            List<AuditEntry> entries = audit(jpa, "candidate.erased");
            assertEquals(1, entries.size());
            assertEquals("rita", entries.get(0).getActor());
            assertEquals("candidate-" + erased, entries.get(0).getSubject());
            assertEquals("candidate-" + erased, audit(jpa, "candidate.viewed").get(0).getSubject(),
                    "the trail keeps what was done, naming nobody");

            assertThrows(Refusal.class, () -> jpa.inTransaction(em -> {
                service(em, now, folder).erase(RITA, erased);
                return null;
            }), "a candidate erased is gone");
            jpa.inTransaction(em -> {
                service(em, now, folder).erase(HR, kept);
                return null;
            });
            assertEquals(none(), rows(dataSource, kept), "HR may erase any candidate");
            assertEquals(0, files(folder));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRefusedOrFailedErasureChangesNothing(TestDatabase database, @TempDir Path folder) {
        DataSource dataSource = database.fresh();
        try (Jpa jpa = new Jpa(dataSource)) {
            long candidate = candidate(jpa, folder, NAME, EMAIL, 180);
            var before = rows(dataSource, candidate);
            assertThrows(Refusal.class, () -> jpa.inTransaction(em -> {
                service(em, CONSENT, folder).export(OTTO, candidate, "en");
                return null;
            }));
            assertThrows(Refusal.class, () -> jpa.inTransaction(em -> {
                service(em, CONSENT, folder).erase(RITA, candidate + 1000);
                return null;
            }));
            assertEquals(before, rows(dataSource, candidate));
            assertEquals(List.of(), audit(jpa, "candidate.exported"));
            assertNotEquals(List.of(), PersonalDataScan.whereFound(dataSource, NAME));
        }
    }
}
