package org.concord.interview;

import static org.concord.interview.Recruiting.CLOCK;
import static org.concord.interview.Recruiting.INTERVIEW;
import static org.concord.interview.Recruiting.OMAR;
import static org.concord.interview.Recruiting.RITA;
import static org.concord.interview.Recruiting.candidate;
import static org.concord.interview.Recruiting.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.concord.kernel.Refusal;

class InterviewServiceTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachRatingAndNoteIsSavedAsItIsGivenAndComesBackOnReload(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            assertNull(container.get(InterviewService.class).sheet(RITA, candidate).assessmentId(), "nothing is stored before a rating");
            String first = INTERVIEW.items().get(0).id();
            String second = INTERVIEW.items().get(1).id();

            container.get(InterviewService.class).rate(RITA, candidate, first, 4, "Helped a <b>colleague</b> unasked.", 2);
            container.get(InterviewService.class).rate(RITA, candidate, second, 2, null, 3);
            container.get(InterviewService.class).rate(RITA, candidate, second, 3, "  ", 3);

            InterviewSheet sheet = container.get(InterviewService.class).sheet(RITA, candidate);
            assertEquals(Map.of(first, 4, second, 3), sheet.ratings());
            assertEquals(Map.of(first, "Helped a <b>colleague</b> unasked."), sheet.notes());
            assertEquals(3, sheet.question());
            assertFalse(sheet.submitted());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void hrNamedOnThePanelRatesLikeARecruiter(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            container.inTransaction(em -> {
                em.persist(new org.concord.security.Account("hana", "Hana", Recruiting.PASSWORD_HASH,
                        java.util.EnumSet.of(org.concord.security.Role.HR), CLOCK.instant()));
                return null;
            });
            container.get(org.concord.candidate.CandidateService.class).addInterviewer(RITA, candidate, "hana");
            java.util.Optional<org.concord.security.Caller> hana = Recruiting.withRoles("hana", org.concord.security.Role.HR);
            String first = INTERVIEW.items().get(0).id();

            container.get(InterviewService.class).rate(hana, candidate, first, 4, null, 1);
            InterviewSheet submitted = container.get(InterviewService.class).submit(hana, candidate);

            assertTrue(submitted.submitted());
            assertEquals(Map.of(first, 4), submitted.ratings());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPanelMemberIsRemovedAuditedButNotOnceTheySubmittedRatings(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            Recruiting.panel(container, RITA, candidate, "omar");
            Recruiting.panel(container, RITA, candidate, "lise");
            String first = INTERVIEW.items().get(0).id();
            container.get(InterviewService.class).rate(OMAR, candidate, first, 2, null, 1);
            container.get(InterviewService.class).submit(OMAR, candidate);

            container.get(InterviewService.class).removeFromPanel(RITA, candidate, "lise");

            assertEquals(java.util.Set.of("omar"), container.inTransaction(em ->
                    java.util.Set.copyOf(em.find(org.concord.candidate.Candidate.class, candidate).getInterviewers())));
            long audited = container.inTransaction(em -> em.createQuery("SELECT COUNT(e) FROM AuditEntry e"
                    + " WHERE e.action = 'candidate.panel-removed' AND e.actor = 'rita' AND e.detail = 'lise'", Long.class)
                    .getSingleResult());
            assertEquals(1, audited);
            assertEquals("recruiter.panel.removeSubmitted", assertThrows(Refusal.class,
                    () -> container.get(InterviewService.class).removeFromPanel(RITA, candidate, "omar")).key());
            assertEquals("recruiter.panel.notMember", assertThrows(Refusal.class,
                    () -> container.get(InterviewService.class).removeFromPanel(RITA, candidate, "lise")).key());
            assertThrows(Refusal.class, () -> container.get(InterviewService.class).removeFromPanel(OMAR, candidate, "omar"),
                    "only the candidate's recruiter (or HR) manages the panel");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyInterviewerRatesInTheirOwnAssessmentAndSubmitsOnce(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            Recruiting.panel(container, RITA, candidate, "omar");
            String first = INTERVIEW.items().get(0).id();

            container.get(InterviewService.class).rate(RITA, candidate, first, 5, null, 1);
            container.get(InterviewService.class).rate(OMAR, candidate, first, 2, null, 1);
            InterviewSheet submitted = container.get(InterviewService.class).submit(OMAR, candidate);

            assertEquals(Map.of(first, 5), container.get(InterviewService.class).sheet(RITA, candidate).ratings());
            assertEquals(Map.of(first, 2), submitted.ratings());
            assertTrue(submitted.submitted());
            assertEquals("recruiter.error.interviewSubmitted", assertThrows(Refusal.class,
                    () -> container.get(InterviewService.class).rate(OMAR, candidate, first, 4, null, 1)).key());
            assertEquals(submitted.assessmentId(), container.get(InterviewService.class).submit(OMAR, candidate).assessmentId());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyTheRecruiterAndTheNamedInterviewersMayRate(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            String first = INTERVIEW.items().get(0).id();

            assertEquals("recruiter.error.notYours", assertThrows(Refusal.class,
                    () -> container.get(InterviewService.class).rate(OMAR, candidate, first, 3, null, 1)).key());
            assertEquals("recruiter.error.notOnPanel", assertThrows(Refusal.class,
                    () -> container.get(InterviewService.class).rate(Recruiting.withRoles("hana",
                            org.concord.security.Role.HR), candidate, first, 3, null, 1)).key());
            for (int outside : new int[] {0, 6}) {
                Refusal refused = assertThrows(Refusal.class,
                        () -> container.get(InterviewService.class).rate(RITA, candidate, first, outside, null, 1));
                assertEquals("respond.invalid", refused.key());
            }
            Refusal tooLong = assertThrows(Refusal.class,
                    () -> container.get(InterviewService.class).rate(RITA, candidate, first, 3, "n".repeat(5000), 1));
            assertEquals("text.tooLong", tooLong.key());
            assertEquals("note", tooLong.field());
            assertEquals(java.util.List.of(new Refusal.Label("field.note"), 4000), java.util.List.of(tooLong.arguments()));
            assertEquals(Map.of(), container.get(InterviewService.class).sheet(RITA, candidate).ratings(),
                    "nothing of a refused rating is kept");
        }
    }
}
