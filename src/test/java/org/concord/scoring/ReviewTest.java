package org.concord.scoring;

import static org.concord.scoring.Fixtures.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The review flag's four rules, each alone, and an attentive, varied, unhurried self-report that is not flagged. */
class ReviewTest {

    private static final QualityIndices NO_SAMPLE = QualityIndices.of(
            ScoringPlan.of(QualityIndicesTest.threeScales()), List.of());

    // a1 a2 check b1 b2 c1 c2; check asks for 4
    private static final int[] VARIED = {4, 2, 4, 3, 5, 1, 4};

    @Test
    void anAttentiveVariedUnhurriedAnswerIsNotFlagged() {
        Review review = Review.of(NO_SAMPLE, VARIED, Duration.ofSeconds(60));
        assertFalse(review.flagged(), review.toString());
        assertEquals(10.0, review.secondsPerItem().value(), 1e-12);
        assertEquals(List.of(), review.attentionMissed());
    }

    @Test
    void aMissedOrSkippedAttentionItemFlags() {
        int[] missed = VARIED.clone();
        missed[2] = 3;
        assertEquals(List.of(ReviewReason.ATTENTION_MISSED), Review.of(NO_SAMPLE, missed, null).reasons());
        missed[2] = M;
        Review skipped = Review.of(NO_SAMPLE, missed, null);
        assertEquals(List.of(ReviewReason.ATTENTION_MISSED), skipped.reasons());
        assertEquals(List.of("check"), skipped.attentionMissed());
    }

    @Test
    void aRunOverHalfTheItemsFlags() {
        // 3 of 6 items: the run 2 2 | 2 crosses the attention item
        assertEquals(List.of(ReviewReason.LONGSTRING), Review.of(NO_SAMPLE, new int[] {4, 2, 4, 2, 2, 1, 4}, null).reasons());
        assertFalse(Review.of(NO_SAMPLE, new int[] {4, 2, 4, 2, 5, 1, 1}, null).flagged());
    }

    @Test
    void underTwoSecondsPerAnsweredItemFlags() {
        // 6 answered items in 11.9 s: 1.98 s each
        assertEquals(List.of(ReviewReason.TOO_FAST), Review.of(NO_SAMPLE, VARIED, Duration.ofMillis(11_900)).reasons());
        assertFalse(Review.of(NO_SAMPLE, VARIED, Duration.ofSeconds(12)).flagged());
        assertEquals(Unavailable.NO_PAGE_TIMES, Review.of(NO_SAMPLE, VARIED, null).secondsPerItem().why());
    }

    @Test
    void aDistanceBeyondTheChiSquareQuantileFlags() {
        Random random = new Random(3);
        List<int[]> sample = new ArrayList<>();
        for (int r = 0; r < 200; r++) {
            int base = 2 + random.nextInt(3);
            int[] answers = new int[7];
            for (int i = 0; i < 7; i++) {
                int x = Math.max(1, Math.min(5, base + random.nextInt(3) - 1));
                answers[i] = i == 1 || i == 5 ? 6 - x : x;
            }
            answers[2] = 4;
            sample.add(answers);
        }
        // keyed 1 5 | 5 5 | 5 1 against a sample whose items go together
        int[] odd = {1, 1, 4, 5, 5, 1, 1};
        sample.add(odd);
        Review review = Review.of(QualityIndices.of(ScoringPlan.of(QualityIndicesTest.threeScales()), sample), odd, null);
        // qchisq(0.999, 6) in R
        assertEquals(22.457744484825323, review.threshold(), 1e-9);
        assertTrue(review.quality().mahalanobis().value() > review.threshold(), review.toString());
        assertEquals(List.of(ReviewReason.MAHALANOBIS), review.reasons());
    }
}
