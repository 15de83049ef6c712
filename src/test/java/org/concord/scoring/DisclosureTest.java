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
    }
}
