package org.concord.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concord.scoring.Change;
import org.concord.scoring.Estimate;
import org.concord.scoring.TeamResult;
import org.concord.scoring.TeamScale;
import org.concord.scoring.Unavailable;

/**
 * How one team's mean on one scale moved between two waves (before and after team building):
 * the difference, Cohen's d between the members' scores of the two waves (pooled SD), and the
 * reliable change index of the team mean with the scale's standard error of measurement in the
 * first wave (|RCI| > 1.96 is a reliable change). Only teams shown in both waves have one.
 */
public record ScaleChange(String scale, double before, double after, Estimate cohensD, Estimate rci) {

    public double difference() {
        return after - before;
    }

    public boolean reliable() {
        return rci.available() && Math.abs(rci.value()) > Change.RELIABLE;
    }

    /** The changes of team {@code teamId} on every scale shown in both waves. */
    public static List<ScaleChange> of(WaveData before, WaveData after, String teamId) {
        Optional<TeamResult> was = CampaignResults.team(before, teamId);
        Optional<TeamResult> is = CampaignResults.team(after, teamId);
        List<ScaleChange> changes = new ArrayList<>();
        if (was.isEmpty() || is.isEmpty() || !was.get().shown() || !is.get().shown()) {
            return changes;
        }
        for (int s = 0; s < after.published().scales().size(); s++) {
            TeamScale first = was.get().scales().get(s);
            TeamScale second = is.get().scales().get(s);
            if (first.shown() && second.shown()) {
                Estimate sem = before.published().scales().get(s).sem();
                Estimate rci = sem.available()
                        ? Change.between(first.mean(), second.mean(), sem.value()).rci()
                        : Estimate.notAvailable(Unavailable.FIRST_WAVE_RELIABILITY);
                changes.add(new ScaleChange(second.scale(), first.mean(), second.mean(), cohensD(first, second), rci));
            }
        }
        return changes;
    }

    /** Cohen's d from the two waves' published n, mean and SD (pooled SD with n-1 weights). */
    private static Estimate cohensD(TeamScale before, TeamScale after) {
        if (before.n() < 2 || after.n() < 2) {
            return Estimate.notAvailable(Unavailable.FEW_SCORES_PER_WAVE);
        }
        double pooled = Math.sqrt(((before.n() - 1) * before.sd() * before.sd() + (after.n() - 1) * after.sd() * after.sd())
                / (before.n() + after.n() - 2));
        if (!(pooled > 0)) {
            return Estimate.notAvailable(Unavailable.NO_VARIANCE_IN_WAVES);
        }
        return Estimate.of((after.mean() - before.mean()) / pooled);
    }
}
