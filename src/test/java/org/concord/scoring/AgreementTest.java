package org.concord.scoring;

import static org.concord.scoring.Fixtures.EPS;
import static org.concord.scoring.Fixtures.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void itemVariancesUseOnlyTheMembersWhoAnswered() {
        int[][] withGap = {{4, 4, 5}, {4, 5, 5}, {3, 4, 4}, {4, 4, 5}, {M, M, M}};
        assertEquals(0.9545454545, Agreement.rwgj(withGap, 5).value(), EPS);
    }

    @Test
    void anItemAnsweredByOneMemberIsLeftOut() {
        int[][] team = {{4, 4, 1}, {4, 5, M}, {3, 4, M}, {4, 4, M}};
        // items 1 and 2 each have variance 0.25: s2 = 0.25, J = 2
        double ratio = 0.25 / 2;
        assertEquals(2 * (1 - ratio) / (2 * (1 - ratio) + ratio), Agreement.rwgj(team, 5).value(), EPS);
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
