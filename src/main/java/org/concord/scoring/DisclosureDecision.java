package org.concord.scoring;

import java.util.Map;

/**
 * Which of a set of group results may be shown, as decided by {@link Disclosure}: the groups
 * suppressed and why.
 */
public record DisclosureDecision(Map<String, Suppression> suppressed) {

    public DisclosureDecision {
        suppressed = Map.copyOf(suppressed);
    }

    public boolean shown(String group) {
        return !suppressed.containsKey(group);
    }
}
