package org.concord.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of rwg(j) with missing answers: listwise, as R's multilevel::rwg.j. */
class AgreementProperties {

    @Provide
    Arbitrary<List<int[]>> teams() {
        Arbitrary<Integer> answer = Arbitraries.integers().between(0, 6)
                .map(x -> x == 0 ? ScoringPlan.MISSING : Math.min(x, 5));
        return answer.array(int[].class).ofSize(4).list().ofMinSize(0).ofMaxSize(12);
    }

    @Property
    void listwiseRwgjEqualsTheRwgjOfTheCompleteMembers(@ForAll("teams") List<int[]> team) {
        List<int[]> complete = new ArrayList<>();
        for (int[] member : team) {
            if (java.util.Arrays.stream(member).noneMatch(x -> x == ScoringPlan.MISSING)) {
                complete.add(member);
            }
        }
        int[] items = {0, 1, 2, 3};
        Estimate withGaps = Agreement.rwgj(team, items, 5);
        Estimate completeOnly = Agreement.rwgj(complete, items, 5);
        assertEquals(completeOnly.available(), withGaps.available());
        assertEquals(complete.size() >= 2, withGaps.available());
        if (withGaps.available()) {
            assertEquals(completeOnly.value(), withGaps.value(), 0.0);
        }
    }

    @Property
    void rwgjLiesBetweenZeroAndOne(@ForAll("teams") List<int[]> team, @ForAll @IntRange(min = 5, max = 11) int points) {
        Estimate rwgj = Agreement.rwgj(team, new int[] {0, 1, 2, 3}, points);
        assertTrue(!rwgj.available() || rwgj.value() >= 0 && rwgj.value() <= 1, rwgj.toString());
    }
}
