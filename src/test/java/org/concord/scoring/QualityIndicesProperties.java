package org.concord.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the careless-responding indices: constant answers give a longstring of every
 * item and an irv of 0; D² is never negative; and over the complete cases themselves the D²
 * sum to (n - 1) p, an identity of the sample covariance that no hand-worked case could cover.
 */
class QualityIndicesProperties {

    private static final QualityIndices EMPTY = QualityIndices.of(
            ScoringPlan.of(QualityIndicesTest.threeScales()), List.of());

    @Provide
    Arbitrary<List<int[]>> samples() {
        return Arbitraries.integers().between(1, 5).array(int[].class).ofSize(7).list().ofMinSize(8).ofMaxSize(40);
    }

    @Property
    void constantAnswersRunOverEveryItemWithNoSpread(@ForAll @IntRange(min = 1, max = 5) int answer) {
        int[] answers = new int[7];
        Arrays.fill(answers, answer);
        ResponseQuality quality = EMPTY.quality(answers);
        assertEquals(6, quality.longstring());
        assertEquals(0.0, quality.irv().value(), 0.0);
    }

    @Property
    void theDistancesOfTheCompleteCasesAreNeverNegativeAndSumToNMinusOneTimesP(@ForAll("samples") List<int[]> sample) {
        QualityIndices indices = QualityIndices.of(ScoringPlan.of(QualityIndicesTest.threeScales()), sample);
        double sum = 0;
        for (int[] answers : sample) {
            Estimate d2 = indices.quality(answers).mahalanobis();
            if (!d2.available()) {
                assertEquals(Unavailable.SINGULAR_COVARIANCE, d2.why());
                return;
            }
            assertTrue(d2.value() >= 0, d2.toString());
            sum += d2.value();
        }
        assertEquals((sample.size() - 1) * 6.0, sum, 1e-6);
    }
}
