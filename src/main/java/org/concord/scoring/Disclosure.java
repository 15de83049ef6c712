package org.concord.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The minimum group size of the scoring engine: which teams' numbers may be shown without
 * exposing a few respondents' answers. A group with fewer than {@link #minGroupSize()}
 * respondents is not shown. The minimum is 3 by default and never less: a configured value
 * below 3 is raised to 3. The engine and its command-line tool use this rule alone; Concord's
 * campaign figures pass the fuller disclosure gate (org.concord.disclosure), which builds on it.
 */
public final class Disclosure {

    /** The smallest minimum group size Concord accepts. */
    public static final int FLOOR = 3;

    private static final Logger LOG = Logger.getLogger(Disclosure.class.getName());

    private final int minGroupSize;

    /** A rule with the configured minimum group size, raised to {@link #FLOOR} if below it. */
    public Disclosure(int configuredMinGroupSize) {
        if (configuredMinGroupSize < FLOOR) {
            LOG.log(Level.WARNING, "minimum group size {0} is below {1}; using {1}",
                    new Object[] {configuredMinGroupSize, FLOOR});
        }
        this.minGroupSize = Math.max(FLOOR, configuredMinGroupSize);
    }

    public static Disclosure standard() {
        return new Disclosure(FLOOR);
    }

    public int minGroupSize() {
        return minGroupSize;
    }

    public boolean shown(int respondents) {
        return respondents >= minGroupSize;
    }

    /** Groups shown on their own, with no total over them: primary suppression only. */
    public DisclosureDecision groupsAlone(Map<String, Integer> groupSizes) {
        Map<String, Suppression> suppressed = new HashMap<>();
        groupSizes.forEach((group, n) -> {
            if (!shown(n)) {
                suppressed.put(group, Suppression.TOO_FEW_RESPONDENTS);
            }
        });
        return new DisclosureDecision(suppressed);
    }
}
