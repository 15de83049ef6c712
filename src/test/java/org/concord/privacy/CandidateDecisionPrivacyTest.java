package org.concord.privacy;

import static org.concord.privacy.PrivacyFixture.CONSENT;
import static org.concord.privacy.PrivacyFixture.container;
import static org.concord.privacy.PrivacyFixture.none;
import static org.concord.privacy.PrivacyFixture.rows;
import static org.concord.privacy.PrivacyFixture.service;
import static org.concord.scoring.io.JsonTestReader.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.concord.candidate.CandidateService;
import org.concord.candidate.Decision;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.scoring.io.JsonTestReader;
import org.concord.security.AuditTrail;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The decision about a candidate is theirs too, on H2 and PostgreSQL: the per-person export
 * holds it with its reason, who decided and when; erasing the candidate leaves its reason
 * nowhere (the audit trail keeps only that a decision was recorded, and which).
 */
class CandidateDecisionPrivacyTest {

    private static final String REASON = "Declined: Quentin Marlowe-Fitch asked for a salary above the band";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDecisionIsExportedAndErasedWithTheCandidate(TestDatabase database, @TempDir Path folder) {
        DataSource dataSource = database.fresh();
        try (Container container = container(dataSource, folder)) {
            long id = PrivacyFixture.candidate(container, folder, "Quentin Marlowe-Fitch", "qmf@example.org", 90);
            long undecided = PrivacyFixture.candidate(container, folder, "Una Decided", "una@example.org", 90);
            container.get(CandidateService.class).decide(Optional.of(PrivacyFixture.RITA), id, Decision.DECLINE, REASON);
            Instant now = CONSENT.plusSeconds(7200);

            Object json = JsonTestReader.parse(new String(service(container, now).export(PrivacyFixture.RITA, id, "en").content(),
                    StandardCharsets.UTF_8));
            assertEquals("decline", at(json, "decision", "decision"));
            assertEquals(REASON, at(json, "decision", "reason"));
            assertEquals("rita", at(json, "decision", "decidedBy"));
            assertEquals(CONSENT.toString(), at(json, "decision", "decidedAt"));
            Object none = JsonTestReader.parse(new String(service(container, now).export(PrivacyFixture.RITA, undecided, "en")
                    .content(), StandardCharsets.UTF_8));
            assertNull(at(none, "decision"), "no decision yet: null");

            service(container, now).erase(PrivacyFixture.RITA, id);

            assertEquals(none(), rows(dataSource, id));
            assertEquals(List.of(), PersonalDataScan.whereFound(dataSource, "salary above the band", "Marlowe-Fitch"));
            assertEquals(List.of("decline"), container.get(AuditTrail.class).entriesFor("candidate.decided").stream()
                    .map(e -> e.getDetail()).toList(), "the trail keeps which decision, never its reason");
        }
    }
}
