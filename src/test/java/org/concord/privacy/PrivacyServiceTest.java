package org.concord.privacy;

import static org.concord.privacy.PrivacyFixture.CONSENT;
import static org.concord.privacy.PrivacyFixture.HR;
import static org.concord.privacy.PrivacyFixture.OTTO;
import static org.concord.privacy.PrivacyFixture.RITA;
import static org.concord.privacy.PrivacyFixture.candidate;
import static org.concord.privacy.PrivacyFixture.container;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.concord.kernel.Refusal;
import org.concord.database.Container;
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

    private static List<AuditEntry> audit(Container container, String action) {
        return container.get(AuditTrail.class).entriesFor(action);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void retentionKeepsEverythingUntilTheDateAndErasesEverythingAfter(TestDatabase database, @TempDir Path folder) {
        DataSource dataSource = database.fresh();
        try (Container container = container(dataSource, folder)) {
            long expiring = candidate(container, folder, NAME, EMAIL, 30);
            long kept = candidate(container, folder, OTHER, "w.stroud@example.org", 180);
            var before = rows(dataSource, expiring);
            assertEquals(1L, before.get("candidate"));
            assertEquals(2L, before.get("assessment"));
            assertTrue(before.get("answer") > 0 && before.get("scale_score") > 0);
            assertEquals(1L, before.get("interview_note"));
            assertEquals(1L, before.get("report"));
            assertEquals(2, files(folder));

            Instant lastDay = Instant.parse("2026-02-09T23:59:00Z"); // consent 2026-01-10 + 30 days
            container.clock(Clock.fixed(lastDay, ZoneOffset.UTC));
            int none = container.get(CandidateRetention.class).run();
            assertEquals(0, none, "on its delete_after day a candidate is still kept");
            assertEquals(before, rows(dataSource, expiring));
            assertEquals(2, files(folder));

            Instant dayAfter = Instant.parse("2026-02-10T00:01:00Z");
            container.clock(Clock.fixed(dayAfter, ZoneOffset.UTC));
            int erased = container.get(CandidateRetention.class).run();

            assertEquals(1, erased);
            assertEquals(none(), rows(dataSource, expiring));
            assertEquals(1, files(folder), "the report file about the candidate is gone, the other's stays");
            assertEquals(1L, rows(dataSource, kept).get("candidate"));
            assertEquals(2L, rows(dataSource, kept).get("assessment"));
            assertEquals(List.of(), PersonalDataScan.whereFound(dataSource, NAME, EMAIL, "Quixby"));
            assertFalse(PersonalDataScan.whereFound(dataSource, OTHER).isEmpty(), "the scan finds what is there");

            List<AuditEntry> entries = audit(container, "candidate.retention-erased");
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
        try (Container container = container(dataSource, folder)) {
            long erased = candidate(container, folder, NAME, EMAIL, 180);
            long kept = candidate(container, folder, OTHER, "w.stroud@example.org", 180);
            Instant now = CONSENT.plusSeconds(86_400);
            service(container, now).viewed(RITA, erased);

            Refusal refused = assertThrows(Refusal.class,
                    () -> service(container, now).erase(OTTO, erased));
            assertEquals("privacy.refused", refused.key());
            assertEquals(1L, rows(dataSource, erased).get("candidate"), "another recruiter erases nothing");

            service(container, now).erase(RITA, erased);

            assertEquals(none(), rows(dataSource, erased));
            assertEquals(1, files(folder));
            assertEquals(List.of(), PersonalDataScan.whereFound(dataSource, NAME, EMAIL, "Quixby", "night shift (Zoltan"));
            assertTrue(PersonalDataScan.columnCount(dataSource) > 20, "every text column of every table was read");
            assertEquals(2L, rows(dataSource, kept).get("assessment"));
            List<AuditEntry> entries = audit(container, "candidate.erased");
            assertEquals(1, entries.size());
            assertEquals("rita", entries.get(0).getActor());
            assertEquals("candidate-" + erased, entries.get(0).getSubject());
            assertEquals("candidate-" + erased, audit(container, "candidate.viewed").get(0).getSubject(),
                    "the trail keeps what was done, naming nobody");

            assertThrows(Refusal.class, () -> service(container, now).erase(RITA, erased), "a candidate erased is gone");
            service(container, now).erase(HR, kept);
            assertEquals(none(), rows(dataSource, kept), "HR may erase any candidate");
            assertEquals(0, files(folder));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRefusedOrFailedErasureChangesNothing(TestDatabase database, @TempDir Path folder) {
        DataSource dataSource = database.fresh();
        try (Container container = container(dataSource, folder)) {
            long candidate = candidate(container, folder, NAME, EMAIL, 180);
            var before = rows(dataSource, candidate);
            assertThrows(Refusal.class, () -> service(container, CONSENT).export(OTTO, candidate, "en"));
            assertThrows(Refusal.class, () -> service(container, CONSENT).erase(RITA, candidate + 1000));
            assertEquals(before, rows(dataSource, candidate));
            assertEquals(List.of(), audit(container, "candidate.exported"));
            assertNotEquals(List.of(), PersonalDataScan.whereFound(dataSource, NAME));
        }
    }
}
