package org.concord.interview;

import static org.concord.interview.Recruiting.CLOCK;
import static org.concord.interview.Recruiting.INSTRUMENTS;
import static org.concord.interview.Recruiting.OMAR;
import static org.concord.interview.Recruiting.RITA;
import static org.concord.interview.Recruiting.SELF_REPORT;
import static org.concord.interview.Recruiting.candidate;
import static org.concord.interview.Recruiting.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.Map;
import org.concord.kernel.AccessToken;
import org.concord.assessment.Assessment;
import org.concord.assessment.AssessmentService;
import org.concord.kernel.Progress;
import org.concord.database.Jpa;
import org.concord.database.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.concord.kernel.Refusal;

class SelfReportServiceTest {

    private static SelfReportService service(EntityManager em) {
        return new SelfReportService(em, INSTRUMENTS, CLOCK);
    }

    private static AssessmentService assessments(EntityManager em) {
        return new AssessmentService(em, INSTRUMENTS, CLOCK);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPersonalLinkIsStoredOnlyAsItsHashAndOpensTheCandidatesSelfReport(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long candidate = create(jpa, RITA, candidate("Bea Martin", "Team lead"));

            String token = jpa.inTransaction(em -> service(em).issueLink(RITA, candidate));

            assertTrue(AccessToken.wellFormed(token));
            Assessment found = jpa.inTransaction(em -> assessments(em).findByAccessToken(token).orElseThrow());
            assertEquals(candidate, (long) jpa.inTransaction(em -> em.find(Assessment.class, found.getId()).getCandidate().getId()));
            assertEquals(SELF_REPORT.id(), found.getQuestionnaireId());
            long stored = jpa.inTransaction(em -> em.createQuery(
                    "SELECT COUNT(a) FROM Assessment a WHERE a.accessHash = :token", Long.class)
                    .setParameter("token", token).getSingleResult());
            assertEquals(0, stored, "the token itself is never stored");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewLinkReplacesTheOldOneAndKeepsTheAnswersGivenSoFar(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long candidate = create(jpa, RITA, candidate("Bea Martin", "Team lead"));
            String first = jpa.inTransaction(em -> service(em).issueLink(RITA, candidate));
            long firstId = jpa.inTransaction(em -> assessments(em).findByAccessToken(first).orElseThrow().getId());
            jpa.inTransaction(em -> assessments(em).savePage(firstId, Map.of("coop-1", 4, "alt-1", 2), 2));

            String second = jpa.inTransaction(em -> service(em).issueLink(RITA, candidate));

            assertTrue(jpa.inTransaction(em -> assessments(em).findByAccessToken(first)).isEmpty(), "the old link stops working");
            Assessment replaced = jpa.inTransaction(em -> assessments(em).findByAccessToken(second).orElseThrow());
            assertEquals(Map.of("coop-1", 4, "alt-1", 2), replaced.getAnswers());
            assertEquals(2, replaced.getCurrentPage());
            assertEquals(1L, (long) jpa.inTransaction(em -> em.createQuery(
                    "SELECT COUNT(a) FROM Assessment a WHERE a.candidate.id = :c", Long.class)
                    .setParameter("c", candidate).getSingleResult()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theKioskSavesPageByPageSubmitsOnceAndShowsNoScores(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long candidate = create(jpa, RITA, candidate("Bea Martin", "Team lead"));
            jpa.inTransaction(em -> service(em).startKiosk(RITA, candidate));
            Map<String, Integer> answers = Recruiting.consistent(SELF_REPORT, 4);

            KioskView afterFirst = jpa.inTransaction(em -> service(em).savePage(RITA, candidate, Map.of("coop-1", 5), 2));
            assertEquals(2, afterFirst.page());
            assertEquals(Map.of("coop-1", 5), jpa.inTransaction(em -> service(em).kiosk(RITA, candidate)).answers());
            assertEquals(2, jpa.inTransaction(em -> service(em).kiosk(RITA, candidate)).page(), "a reload comes back to page 2");

            KioskView done = jpa.inTransaction(em -> service(em).submit(RITA, candidate, answers));
            jpa.inTransaction(em -> service(em).submit(RITA, candidate, Map.of("coop-1", 1)));

            assertTrue(done.submitted());
            assertTrue(done.items().isEmpty());
            Assessment stored = jpa.inTransaction(em -> {
                Assessment a = assessments(em).find(done.assessmentId()).orElseThrow();
                a.getScores().size();
                return a;
            });
            assertEquals(Progress.SUBMITTED, stored.getProgress());
            assertEquals(4, stored.getAnswers().get("coop-1"), "a second submission changes nothing");
            assertEquals(AssessmentService.score(SELF_REPORT, answers).get("trust").getScore(),
                    stored.getScores().get("trust").getScore());
            assertEquals("recruiter.error.alreadySubmitted", assertThrows(Refusal.class,
                    () -> jpa.inTransaction(em -> service(em).startKiosk(RITA, candidate))).key());
            assertEquals("recruiter.error.alreadySubmitted", assertThrows(Refusal.class,
                    () -> jpa.inTransaction(em -> service(em).issueLink(RITA, candidate))).key());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherRecruiterCanNeitherOpenTheKioskNorIssueALink(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long candidate = create(jpa, RITA, candidate("Bea Martin", "Team lead"));
            jpa.inTransaction(em -> service(em).startKiosk(RITA, candidate));
            Recruiting.panel(jpa, RITA, candidate, "omar");

            assertThrows(Refusal.class, () -> jpa.inTransaction(em -> service(em).kiosk(OMAR, candidate)));
            assertThrows(Refusal.class, () -> jpa.inTransaction(em -> service(em).issueLink(OMAR, candidate)));
            assertThrows(Refusal.class,
                    () -> jpa.inTransaction(em -> service(em).savePage(OMAR, candidate, Map.of("coop-1", 1), 1)));
            assertFalse(jpa.inTransaction(em -> service(em).kiosk(RITA, candidate)).answers().containsKey("coop-1"));
        }
    }
}
