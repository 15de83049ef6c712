package org.concord.scoring;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The anonymity rule for group results: which teams' (departments', ...) numbers may be shown
 * without exposing a few respondents' answers.
 *
 * <p>Primary suppression: a group with fewer than {@link #minGroupSize()} respondents is not
 * shown. The minimum is 3 by default and never less: a configured value below 3 is raised to 3.
 *
 * <p>Complementary suppression, against differencing: when groups are shown together with a
 * total over them (the organisation, a department), a reader can subtract the shown groups
 * from the total and learn the size and mean of everyone else, the <em>residual</em>: the
 * suppressed groups plus the respondents who belong to no shown group. So the residual must be
 * empty or itself at least the minimum size. While it is not (for example exactly one group is
 * suppressed), the smallest shown group (ties broken by name) is suppressed as well. A total
 * below the minimum is itself suppressed, and with it every group. The rule protects one level
 * (one total and the groups that make it up); for nested levels apply it to each level, the
 * smallest first, passing the groups already suppressed below as respondents outside groups.
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
        return new DisclosureDecision(suppressed, false);
    }

    /**
     * Groups shown with their total. The total counts every group plus {@code outsideGroups}
     * respondents who are in none of them (or in groups not shown at this level).
     */
    public DisclosureDecision withTotal(Map<String, Integer> groupSizes, int outsideGroups) {
        Map<String, Suppression> suppressed = new HashMap<>(groupsAlone(groupSizes).suppressed());
        int total = outsideGroups + groupSizes.values().stream().mapToInt(Integer::intValue).sum();
        if (!shown(total)) {
            groupSizes.keySet().forEach(group -> suppressed.putIfAbsent(group, Suppression.TOO_FEW_RESPONDENTS));
            return new DisclosureDecision(suppressed, false);
        }
        List<String> bySize = groupSizes.keySet().stream()
                .sorted(Comparator.comparing((String group) -> groupSizes.get(group)).thenComparing(Comparator.naturalOrder()))
                .toList();
        for (String candidate : bySize) {
            int residual = total - shownSum(groupSizes, suppressed);
            if (residual == 0 || shown(residual)) {
                break;
            }
            suppressed.putIfAbsent(candidate, Suppression.DIFFERENCING);
        }
        return new DisclosureDecision(suppressed, true);
    }

    private static int shownSum(Map<String, Integer> groupSizes, Map<String, Suppression> suppressed) {
        return groupSizes.entrySet().stream()
                .filter(group -> !suppressed.containsKey(group.getKey()))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }
}
