package org.concord.interview;

import static org.concord.interview.Recruiting.CLOCK;
import static org.concord.interview.Recruiting.INSTRUMENTS;
import static org.concord.interview.Recruiting.RITA;
import static org.concord.interview.Recruiting.SELF_REPORT;
import static org.concord.interview.Recruiting.candidate;
import static org.concord.interview.Recruiting.consistent;
import static org.concord.interview.Recruiting.create;
import static org.concord.interview.Recruiting.varied;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.assessment.Assessment;
import org.concord.database.Jpa;
import org.concord.database.TestDatabase;
import org.concord.questionnaire.Item;
import org.concord.scoring.QualityIndices;
import org.concord.scoring.RespondentScorer;
import org.concord.scoring.Review;
import org.concord.scoring.ReviewReason;
import org.concord.scoring.ScoringPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A submitted self-report's review as the candidate profile gives it: from the stored answers,
 * the server's times of the kiosk's start and last page save, and every submitted self-report
 * of the same version as the reference of Mahalanobis D².
 */
class SelfReportReviewTest {

    /** The candidate opens the kiosk at CLOCK and submits {@code taken} later. */
    private static void answered(Jpa jpa, long candidate, Map<String, Integer> answers, Duration taken) {
        jpa.inTransaction(em -> new SelfReportService(em, INSTRUMENTS, CLOCK).startKiosk(RITA, candidate));
        Clock later = Clock.offset(CLOCK, taken);
        jpa.inTransaction(em -> new SelfReportService(em, INSTRUMENTS, later).submit(RITA, candidate, answers));
    }

    private static Review review(Jpa jpa, long candidate) {
        return jpa.inTransaction(em -> new ProfileService(em, INSTRUMENTS, CLOCK).profile(RITA, candidate)).selfReportReview();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void allThreesInAFewSecondsAreFlaggedWithEveryReason(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long candidate = create(jpa, RITA, candidate("Bea Martin", "Team lead"));
            Map<String, Integer> threes = new java.util.HashMap<>();
            SELF_REPORT.items().forEach(item -> threes.put(item.id(), 3));
            answered(jpa, candidate, threes, Duration.ofSeconds(20));

            Review review = review(jpa, candidate);

            assertTrue(review.flagged());
            assertEquals(List.of(ReviewReason.ATTENTION_MISSED, ReviewReason.LONGSTRING, ReviewReason.TOO_FAST), review.reasons());
            assertEquals(List.of("attention-1", "attention-2"), review.attentionMissed());
            assertEquals(20, review.items());
            assertEquals(20, review.quality().longstring());
            assertEquals(1.0, review.secondsPerItem().value(), 1e-12);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAttentiveVariedUnhurriedSelfReportIsNotFlaggedAndItsDistanceIsTheEnginesOverAllSelfReports(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            List<Map<String, Integer>> all = new ArrayList<>();
            long candidate = 0;
            for (int seed = 0; seed < 25; seed++) {
                Map<String, Integer> answers = attentive(seed);
                all.add(answers);
                candidate = create(jpa, RITA, candidate("Candidate " + seed, "Analyst"));
                answered(jpa, candidate, answers, Duration.ofMinutes(5));
            }
            long last = candidate;

            Review review = review(jpa, last);

            ScoringPlan plan = ScoringPlan.of(SELF_REPORT);
            RespondentScorer scorer = new RespondentScorer(plan);
            QualityIndices engine = QualityIndices.of(plan, all.stream().map(scorer::answers).toList());
            assertEquals(engine.quality(scorer.answers(all.get(24))), review.quality());
            assertEquals(List.of(), review.attentionMissed());
            assertEquals(15.0, review.secondsPerItem().value(), 1e-12);
            assertFalse(review.reasons().contains(ReviewReason.TOO_FAST));
        }
    }

    /** A varied self-report whose attention items are answered as asked, and no long runs. */
    private static Map<String, Integer> attentive(int seed) {
        Map<String, Integer> answers = varied(seed);
        for (Item item : SELF_REPORT.items()) {
            if (item.attention()) {
                answers.put(item.id(), item.expected());
            }
        }
        return answers;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSelfReportNotYetSubmittedHasNoReviewAndCampaignAnswersKeepNoTime(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long candidate = create(jpa, RITA, candidate("Bea Martin", "Team lead"));
            jpa.inTransaction(em -> new SelfReportService(em, INSTRUMENTS, CLOCK).startKiosk(RITA, candidate));
            assertNull(review(jpa, candidate));
            Assessment started = jpa.inTransaction(em -> new SelfReportService(em, INSTRUMENTS, CLOCK)
                    .of(em.find(org.concord.candidate.Candidate.class, candidate)).orElseThrow());
            assertNull(started.answeringTime(), "begun, but no page saved yet");
            assertTrue(consistent(SELF_REPORT, 3).size() > 20);
        }
    }
}
