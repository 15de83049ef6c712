package org.concord.interview;

import static org.concord.interview.Recruiting.CLOCK;
import static org.concord.interview.Recruiting.OMAR;
import static org.concord.interview.Recruiting.RITA;
import static org.concord.interview.Recruiting.SELF_REPORT;
import static org.concord.interview.Recruiting.candidate;
import static org.concord.interview.Recruiting.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.concord.kernel.AccessToken;
import org.concord.assessment.Assessment;
import org.concord.assessment.AssessmentService;
import org.concord.kernel.Progress;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.concord.kernel.Refusal;

class SelfReportServiceTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPersonalLinkIsStoredOnlyAsItsHashAndOpensTheCandidatesSelfReport(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));

            String token = container.get(SelfReportService.class).issueLink(RITA, candidate);

            assertTrue(AccessToken.wellFormed(token));
            Assessment found = container.get(AssessmentService.class).findByAccessToken(token).orElseThrow();
            assertEquals(candidate, (long) container.inTransaction(em -> em.find(Assessment.class, found.getId()).getCandidate().getId()));
            assertEquals(SELF_REPORT.id(), found.getQuestionnaireId());
            long stored = container.inTransaction(em -> em.createQuery(
                    "SELECT COUNT(a) FROM Assessment a WHERE a.accessHash = :token", Long.class)
                    .setParameter("token", token).getSingleResult());
            assertEquals(0, stored, "the token itself is never stored");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLinkNobodyOpenedReadsAsLinkSentAndTheKioskAsAnswering(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));

            container.get(SelfReportService.class).issueLink(RITA, candidate);

            assertEquals(Progress.INVITED,
                    container.get(ProfileService.class).profile(RITA, candidate).selfReportProgress(), "nobody opened the link");
            container.get(SelfReportService.class).startKiosk(RITA, candidate);
            assertEquals(Progress.STARTED,
                    container.get(ProfileService.class).profile(RITA, candidate).selfReportProgress(), "the candidate began at the kiosk");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewLinkReplacesTheOldOneAndKeepsTheAnswersGivenSoFar(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            String first = container.get(SelfReportService.class).issueLink(RITA, candidate);
            long firstId = container.get(AssessmentService.class).findByAccessToken(first).orElseThrow().getId();
            container.get(AssessmentService.class).savePage(firstId, Map.of("coop-1", 4, "alt-1", 2), 2);

            String second = container.get(SelfReportService.class).issueLink(RITA, candidate);

            assertTrue(container.get(AssessmentService.class).findByAccessToken(first).isEmpty(), "the old link stops working");
            Assessment replaced = container.get(AssessmentService.class).findByAccessToken(second).orElseThrow();
            assertEquals(Map.of("coop-1", 4, "alt-1", 2), replaced.getAnswers());
            assertEquals(2, replaced.getCurrentPage());
            assertEquals(1L, (long) container.inTransaction(em -> em.createQuery(
                    "SELECT COUNT(a) FROM Assessment a WHERE a.candidate.id = :c", Long.class)
                    .setParameter("c", candidate).getSingleResult()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theKioskSavesPageByPageSubmitsOnceAndShowsNoScores(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            container.get(SelfReportService.class).startKiosk(RITA, candidate);
            Map<String, Integer> answers = Recruiting.consistent(SELF_REPORT, 4);

            KioskView afterFirst = container.get(SelfReportService.class).savePage(RITA, candidate, Map.of("coop-1", 5), 2);
            assertEquals(2, afterFirst.page());
            assertEquals(Map.of("coop-1", 5), container.get(SelfReportService.class).kiosk(RITA, candidate).answers());
            assertEquals(2, container.get(SelfReportService.class).kiosk(RITA, candidate).page(), "a reload comes back to page 2");

            KioskView done = container.get(SelfReportService.class).submit(RITA, candidate, answers);
            container.get(SelfReportService.class).submit(RITA, candidate, Map.of("coop-1", 1));

            assertTrue(done.submitted());
            assertTrue(done.items().isEmpty());
            Assessment stored = container.inTransaction(em -> {
                Assessment a = container.get(AssessmentService.class).find(done.assessmentId()).orElseThrow();
                a.getScores().size();
                return a;
            });
            assertEquals(Progress.SUBMITTED, stored.getProgress());
            assertEquals(4, stored.getAnswers().get("coop-1"), "a second submission changes nothing");
            assertEquals(AssessmentService.score(SELF_REPORT, answers).get("trust").getScore(),
                    stored.getScores().get("trust").getScore());
            assertEquals("recruiter.error.alreadySubmitted", assertThrows(Refusal.class,
                    () -> container.get(SelfReportService.class).startKiosk(RITA, candidate)).key());
            assertEquals("recruiter.error.alreadySubmitted", assertThrows(Refusal.class,
                    () -> container.get(SelfReportService.class).issueLink(RITA, candidate)).key());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherRecruiterCanNeitherOpenTheKioskNorIssueALink(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            container.get(SelfReportService.class).startKiosk(RITA, candidate);
            Recruiting.panel(container, RITA, candidate, "omar");

            assertThrows(Refusal.class, () -> container.get(SelfReportService.class).kiosk(OMAR, candidate));
            assertThrows(Refusal.class, () -> container.get(SelfReportService.class).issueLink(OMAR, candidate));
            assertThrows(Refusal.class,
                    () -> container.get(SelfReportService.class).savePage(OMAR, candidate, Map.of("coop-1", 1), 1));
            assertFalse(container.get(SelfReportService.class).kiosk(RITA, candidate).answers().containsKey("coop-1"));
        }
    }
}
