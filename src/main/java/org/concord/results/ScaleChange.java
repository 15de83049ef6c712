package org.concord.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concord.scoring.MeanChange;
import org.concord.scoring.TeamResult;
import org.concord.scoring.TeamScale;

/**
 * How one team's mean on one scale moved between two waves (before and after team building):
 * the difference of the two waves' published means, with Welch's 95% interval and Cohen's d
 * with its interval ({@link MeanChange}, from each wave's published n, mean and SD). Waves are
 * answered anonymously, possibly by different people, so this compares two groups, never a
 * person with themselves. Only teams shown in both waves, on scales shown in both, have one.
 */
public record ScaleChange(String scale, MeanChange change) {

    public double before() {
        return change.before().value();
    }

    public double after() {
        return change.after().value();
    }

    public double difference() {
        return change.difference().value();
    }

    /** Whether the difference's 95% interval excludes 0. */
    public boolean reliable() {
        return change.reliable();
    }

    /** The changes of team {@code teamId} on every scale shown in both waves. */
    public static List<ScaleChange> of(WaveData before, WaveData after, String teamId) {
        Optional<TeamResult> was = before.shown(teamId);
        Optional<TeamResult> is = after.shown(teamId);
        List<ScaleChange> changes = new ArrayList<>();
        if (was.isEmpty() || is.isEmpty()) {
            return changes;
        }
        for (int s = 0; s < is.get().scales().size(); s++) {
            TeamScale first = was.get().scales().get(s);
            TeamScale second = is.get().scales().get(s);
            if (first.shown() && second.shown()) {
                changes.add(new ScaleChange(second.scale(),
                        MeanChange.of(first.n(), first.mean(), first.sd(), second.n(), second.mean(), second.sd())));
            }
        }
        return changes;
    }
}
