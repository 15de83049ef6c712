package org.concord.interview;

import static org.concord.interview.Recruiting.CLOCK;
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
import org.concord.database.Container;
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
    private static void answered(Container container, long candidate, Map<String, Integer> answers, Duration taken) {
        container.get(SelfReportService.class).startKiosk(RITA, candidate);
        container.clock(Clock.offset(CLOCK, taken));
        try {
            container.get(SelfReportService.class).submit(RITA, candidate, answers);
        } finally {
            container.clock(CLOCK);
        }
    }

    private static Review review(Container container, long candidate) {
        return container.get(ProfileService.class).profile(RITA, candidate).selfReportReview();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void allThreesInAFewSecondsAreFlaggedWithEveryReason(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            Map<String, Integer> threes = new java.util.HashMap<>();
            SELF_REPORT.items().forEach(item -> threes.put(item.id(), 3));
            answered(container, candidate, threes, Duration.ofSeconds(20));

            Review review = review(container, candidate);

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
        try (Container container = new Container(database.fresh(), CLOCK)) {
            List<Map<String, Integer>> all = new ArrayList<>();
            long candidate = 0;
            for (int seed = 0; seed < 25; seed++) {
                Map<String, Integer> answers = attentive(seed);
                all.add(answers);
                candidate = create(container, RITA, candidate("Candidate " + seed, "Analyst"));
                answered(container, candidate, answers, Duration.ofMinutes(5));
            }
            long last = candidate;

            Review review = review(container, last);

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
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            container.get(SelfReportService.class).startKiosk(RITA, candidate);
            assertNull(review(container, candidate));
            Assessment started = container.inTransaction(em -> container.get(SelfReportService.class)
                    .of(em.find(org.concord.candidate.Candidate.class, candidate)).orElseThrow());
            assertNull(started.answeringTime(), "begun, but no page saved yet");
            assertTrue(consistent(SELF_REPORT, 3).size() > 20);
        }
    }
}
