package org.concord.scoring;

import static org.concord.scoring.Fixtures.EPS;
import static org.concord.scoring.Fixtures.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void reproducesTheAgreeingTeamVector() {
        int[][] team = {{4, 4, 5}, {4, 5, 5}, {3, 4, 4}, {4, 4, 5}};
        assertEquals(0.9545454545, Agreement.rwgj(team, 5).value(), EPS);
    }

    @Test
    void reproducesTheSplitTeamVectorCappedAtZero() {
        int[][] team = {{1, 5, 1}, {5, 1, 5}, {1, 5, 5}, {5, 1, 1}};
        assertEquals(0.0, Agreement.rwgj(team, 5).value(), EPS);
    }

    @Test
    void fullAgreementIsOne() {
        assertEquals(1.0, Agreement.rwgj(new int[][] {{3, 4, 2}, {3, 4, 2}}, 5).value(), EPS);
    }

    @Test
    void aMemberWhoAnsweredNothingIsLeftOut() {
        int[][] withGap = {{4, 4, 5}, {4, 5, 5}, {3, 4, 4}, {4, 4, 5}, {M, M, M}};
        assertEquals(0.9545454545, Agreement.rwgj(withGap, 5).value(), EPS);
    }

    @Test
    void reproducesTheMissingAnswerVectorAsRDoes() {
        int[][] team = {{4, 4, 5}, {4, M, 5}, {3, 4, 4}, {4, 4, 5}, {5, 5, 4}};
        assertEquals(0.9193548387, Agreement.rwgj(team, 5).value(), EPS);
    }

    @Test
    void aMemberWhoSkippedOneItemIsLeftOutOfEveryItem() {
        int[][] team = {{4, 4, 5}, {4, M, 5}, {3, 4, 4}, {4, 4, 5}, {5, 5, 4}};
        int[][] complete = {{4, 4, 5}, {3, 4, 4}, {4, 4, 5}, {5, 5, 4}};
        assertEquals(Agreement.rwgj(complete, 5).value(), Agreement.rwgj(team, 5).value(), 0.0);
        assertNotEquals(0.9339622642, Agreement.rwgj(team, 5).value(), 1e-6, "not each item's available answers");
    }

    @Test
    void aMemberIsLeftOutOnlyForTheScaleWhoseItemTheySkipped() {
        List<int[]> members = List.of(new int[] {4, 4, 2, 2}, new int[] {4, 5, M, 3}, new int[] {3, 4, 3, 3});
        assertEquals(Agreement.rwgj(new int[][] {{4, 4}, {4, 5}, {3, 4}}, 5).value(),
                Agreement.rwgj(members, new int[] {0, 1}, 5).value(), 0.0);
        assertEquals(Agreement.rwgj(new int[][] {{2, 2}, {3, 3}}, 5).value(),
                Agreement.rwgj(members, new int[] {2, 3}, 5).value(), 0.0);
    }

    @Test
    void fewerThanTwoCompleteMembersHaveNoAgreement() {
        int[][] team = {{4, 4, 1}, {4, 5, M}, {3, M, 2}, {M, 4, 4}};
        Estimate rwgj = Agreement.rwgj(team, 5);
        assertFalse(rwgj.available());
        assertEquals(Unavailable.FEW_COMPLETE_MEMBERS, rwgj.why());
        assertEquals(List.of(1), rwgj.arguments());
    }

    @Test
    void oneMemberHasNoAgreement() {
        Estimate rwgj = Agreement.rwgj(new int[][] {{4, 4, 5}}, 5);
        assertFalse(rwgj.available());
    }

    @Test
    void usesTheGivenItemsOfEachAnswerArray() {
        List<int[]> members = List.of(new int[] {9, 4, 4, 5}, new int[] {9, 4, 5, 5}, new int[] {9, 3, 4, 4}, new int[] {9, 4, 4, 5});
        assertEquals(0.9545454545, Agreement.rwgj(members, new int[] {1, 2, 3}, 5).value(), EPS);
    }

    @Test
    void sevenPointsRaiseTheExpectedVariance() {
        int[][] team = {{4, 4, 5}, {4, 5, 5}, {3, 4, 4}, {4, 4, 5}};
        double ratio = 0.25 / 4; // s2_EU = (49 - 1) / 12 = 4
        assertEquals(3 * (1 - ratio) / (3 * (1 - ratio) + ratio), Agreement.rwgj(team, 7).value(), EPS);
    }

    @Test
    void lowAgreementIsBelowSeventyHundredths() {
        assertTrue(Agreement.low(Estimate.of(0.69)));
        assertFalse(Agreement.low(Estimate.of(0.70)));
        assertFalse(Agreement.low(Estimate.notAvailable("one member")));
    }

    @Test
    void refusesAFormatOfOnePoint() {
        assertThrows(IllegalArgumentException.class, () -> Agreement.rwgj(new int[][] {{1}, {1}}, 1));
    }

    @Test
    void staysBetweenZeroAndOneOnRandomData() {
        Random random = new Random(3);
        for (int trial = 0; trial < 500; trial++) {
            int points = 2 + random.nextInt(9);
            int[][] team = new int[2 + random.nextInt(10)][1 + random.nextInt(8)];
            for (int[] member : team) {
                for (int j = 0; j < member.length; j++) {
                    member[j] = random.nextInt(10) == 0 ? M : 1 + random.nextInt(points);
                }
            }
            Estimate rwgj = Agreement.rwgj(team, points);
            assertTrue(!rwgj.available() || rwgj.value() >= 0 && rwgj.value() <= 1, rwgj.toString());
        }
    }
}
