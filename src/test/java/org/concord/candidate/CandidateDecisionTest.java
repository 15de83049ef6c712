package org.concord.candidate;

import static org.concord.interview.Recruiting.CLOCK;
import static org.concord.interview.Recruiting.OMAR;
import static org.concord.interview.Recruiting.RITA;
import static org.concord.interview.Recruiting.candidate;
import static org.concord.interview.Recruiting.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.interview.Recruiting;
import org.concord.kernel.Refusal;
import org.concord.security.AuditEntry;
import org.concord.security.AuditTrail;
import org.concord.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The recruiter's decision about a candidate, on H2 and PostgreSQL: recorded with its reason by
 * the candidate's own recruiter only, changeable, each change audited with the decision and never
 * the reason; refused without a decision, without a reason or with one too long.
 */
class CandidateDecisionTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theRecruiterDecidesAndChangesTheirMindEachChangeAuditedWithoutTheReason(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long id = create(container, RITA, candidate("Hal Decided", "Driver"));
            CandidateService service = container.get(CandidateService.class);

            service.decide(RITA, id, Decision.HOLD, "  Waiting for the second interview.  ");
            java.time.Instant later = CLOCK.instant().plusSeconds(3600);
            container.clock(java.time.Clock.fixed(later, java.time.ZoneOffset.UTC));
            service = container.get(CandidateService.class);
            service.decide(RITA, id, Decision.ADVANCE, "Second interview went well; references checked.");

            Candidate read = service.open(RITA, id);
            assertEquals(Decision.ADVANCE, read.getDecision());
            assertEquals("Second interview went well; references checked.", read.getDecisionReason());
            assertEquals("rita", read.getDecidedBy());
            assertEquals(later, read.getDecidedTime().toInstant());
            List<AuditEntry> audited = container.get(AuditTrail.class).entriesFor("candidate.decided");
            assertEquals(List.of("hold", "advance"), audited.stream().map(AuditEntry::getDetail).toList());
            assertEquals(List.of("rita", "rita"), audited.stream().map(AuditEntry::getActor).toList());
            assertEquals("candidate-" + id, audited.get(0).getSubject());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyTheCandidatesOwnRecruiterDecides(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long id = create(container, RITA, candidate("Ida Owned", "Driver"));
            Recruiting.panel(container, RITA, id, "omar");
            CandidateService service = container.get(CandidateService.class);

            assertEquals("recruiter.decide.notOwner", assertThrows(Refusal.class,
                    () -> service.decide(OMAR, id, Decision.DECLINE, "Not for me to say")).key(), "a panel member does not decide");
            assertEquals("recruiter.decide.notOwner", assertThrows(Refusal.class,
                    () -> service.decide(Recruiting.withRoles("hanna", Role.HR), id, Decision.DECLINE, "HR")).key(), "nor does HR");
            assertEquals("recruiter.error.notYours", assertThrows(Refusal.class,
                    () -> service.decide(Recruiting.recruiter("eve"), id, Decision.DECLINE, "Other")).key());
            assertEquals("recruiter.error.signIn", assertThrows(Refusal.class,
                    () -> service.decide(Recruiting.NOBODY, id, Decision.DECLINE, "Nobody")).key());
            assertNull(service.open(RITA, id).getDecision());
            assertEquals(List.of(), container.get(AuditTrail.class).entriesFor("candidate.decided"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDecisionNeedsAChoiceAndAReasonOfLimitedLength(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long id = create(container, RITA, candidate("Jo Reasoned", "Driver"));
            CandidateService service = container.get(CandidateService.class);

            Refusal noChoice = assertThrows(Refusal.class, () -> service.decide(RITA, id, null, "Because"));
            assertEquals("recruiter.decide.missing", noChoice.key());
            assertEquals("decision", noChoice.field());
            Refusal noReason = assertThrows(Refusal.class, () -> service.decide(RITA, id, Decision.HOLD, "   "));
            assertEquals("text.required", noReason.key());
            assertEquals("decision-reason", noReason.field());
            Refusal tooLong = assertThrows(Refusal.class,
                    () -> service.decide(RITA, id, Decision.HOLD, "x".repeat(Candidate.REASON_LENGTH + 1)));
            assertEquals("text.tooLong", tooLong.key());
            service.decide(RITA, id, Decision.HOLD, "x".repeat(Candidate.REASON_LENGTH));
            assertEquals(Candidate.REASON_LENGTH, service.open(RITA, id).getDecisionReason().length());
            assertEquals(1, container.get(AuditTrail.class).entriesFor("candidate.decided").size());
        }
    }
}
