package org.concord.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    private final Disclosure rule = Disclosure.standard();

    private static Map<String, Integer> sizes(Object... teamAndSize) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int i = 0; i < teamAndSize.length; i += 2) {
            sizes.put((String) teamAndSize[i], (Integer) teamAndSize[i + 1]);
        }
        return sizes;
    }

    @Test
    void theMinimumIsThreeByDefault() {
        assertEquals(3, rule.minGroupSize());
    }

    @Test
    void aConfiguredMinimumBelowThreeIsRaisedToThree() {
        assertEquals(3, new Disclosure(2).minGroupSize());
        assertEquals(3, new Disclosure(0).minGroupSize());
        assertFalse(new Disclosure(2).shown(2));
    }

    @Test
    void aConfiguredMinimumAboveThreeIsKept() {
        assertEquals(5, new Disclosure(5).minGroupSize());
        assertFalse(new Disclosure(5).shown(4));
    }

    @Test
    void aTeamOfThreeIsShown() {
        assertTrue(rule.groupsAlone(sizes("a", 3)).shown("a"));
    }

    @Test
    void aTeamOfTwoIsSuppressed() {
        DisclosureDecision decision = rule.groupsAlone(sizes("a", 2));
        assertEquals(Suppression.TOO_FEW_RESPONDENTS, decision.suppressed().get("a"));
    }

    @Test
    void withoutATotalOnlyTheSmallTeamIsSuppressed() {
        DisclosureDecision decision = rule.groupsAlone(sizes("a", 2, "b", 5, "c", 9));
        assertEquals(Map.of("a", Suppression.TOO_FEW_RESPONDENTS), decision.suppressed());
        assertFalse(decision.totalShown());
    }

    @Test
    void oneSuppressedTeamBesideATotalTakesTheSmallestOtherTeamWithIt() {
        DisclosureDecision decision = rule.withTotal(sizes("a", 2, "b", 5, "c", 4), 0);
        assertEquals(Map.of("a", Suppression.TOO_FEW_RESPONDENTS, "c", Suppression.DIFFERENCING), decision.suppressed());
        assertTrue(decision.totalShown());
        assertTrue(decision.shown("b"));
    }

    @Test
    void twoSuppressedTeamsTogetherBelowTheMinimumTakeAnotherTeam() {
        DisclosureDecision decision = rule.withTotal(sizes("a", 1, "b", 1, "c", 6, "d", 7), 0);
        assertEquals(Suppression.DIFFERENCING, decision.suppressed().get("c"));
        assertTrue(decision.shown("d"));
    }

    @Test
    void twoSuppressedTeamsTogetherAtTheMinimumNeedNoMore() {
        DisclosureDecision decision = rule.withTotal(sizes("a", 2, "b", 2, "c", 6), 0);
        assertEquals(2, decision.suppressed().size());
        assertTrue(decision.shown("c"));
    }

    @Test
    void respondentsInNoTeamCanHideASuppressedTeam() {
        DisclosureDecision decision = rule.withTotal(sizes("a", 2, "b", 6), 4);
        assertEquals(Map.of("a", Suppression.TOO_FEW_RESPONDENTS), decision.suppressed());
    }

    @Test
    void aFewRespondentsInNoTeamAreProtectedLikeATeam() {
        DisclosureDecision decision = rule.withTotal(sizes("a", 3, "b", 6), 1);
        assertEquals(Map.of("a", Suppression.DIFFERENCING), decision.suppressed());
    }

    @Test
    void noSuppressedTeamNeedsNoComplement() {
        DisclosureDecision decision = rule.withTotal(sizes("a", 3, "b", 4), 0);
        assertTrue(decision.suppressed().isEmpty());
        assertTrue(decision.totalShown());
    }

    @Test
    void tiesBetweenSmallestTeamsGoByName() {
        DisclosureDecision decision = rule.withTotal(sizes("z", 4, "y", 4, "a", 1), 0);
        assertEquals(Suppression.DIFFERENCING, decision.suppressed().get("y"));
        assertTrue(decision.shown("z"));
    }

    @Test
    void aTotalBelowTheMinimumIsSuppressedWithEveryTeam() {
        DisclosureDecision decision = rule.withTotal(sizes("a", 1, "b", 1), 0);
        assertFalse(decision.totalShown());
        assertEquals(2, decision.suppressed().size());
    }

    @Test
    void noSuppressedTeamCanBeRecoveredByDifferencingOnRandomSizes() {
        java.util.Random random = new java.util.Random(23);
        for (int trial = 0; trial < 1000; trial++) {
            Map<String, Integer> sizes = new LinkedHashMap<>();
            for (int g = 0; g < 1 + random.nextInt(6); g++) {
                sizes.put("t" + g, random.nextInt(8));
            }
            int outside = random.nextInt(3);
            DisclosureDecision decision = rule.withTotal(sizes, outside);
            int total = outside + sizes.values().stream().mapToInt(Integer::intValue).sum();
            int shown = sizes.entrySet().stream().filter(e -> decision.shown(e.getKey())).mapToInt(Map.Entry::getValue).sum();
            int residual = total - shown;
            if (decision.totalShown()) {
                assertTrue(residual == 0 || residual >= 3, sizes + " outside " + outside + " -> " + decision);
            }
            sizes.forEach((team, n) -> assertTrue(n >= 3 || !decision.shown(team)));
        }
    }
}
