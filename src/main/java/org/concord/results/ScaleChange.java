package org.concord.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.concord.scoring.Change;
import org.concord.scoring.Estimate;
import org.concord.scoring.ScaleSummary;
import org.concord.scoring.TeamResult;
import org.concord.scoring.TeamScale;
import org.concord.scoring.Unavailable;
import org.concord.scoring.WaveResults;

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
        for (int s = 0; s < after.results().scales().size(); s++) {
            TeamScale first = was.get().scales().get(s);
            TeamScale second = is.get().scales().get(s);
            if (first.shown() && second.shown()) {
                ScaleSummary reference = before.results().scales().get(s);
                Estimate rci = reference.sem().available()
                        ? Change.between(first.mean(), second.mean(), reference.sem().value()).rci()
                        : Estimate.notAvailable(Unavailable.FIRST_WAVE_RELIABILITY);
                changes.add(new ScaleChange(second.scale(), first.mean(), second.mean(),
                        Change.cohensD(memberScores(before.results(), teamId, s), memberScores(after.results(), teamId, s)),
                        rci));
            }
        }
        return changes;
    }

    private static double[] memberScores(WaveResults results, String teamId, int scale) {
        return IntStream.range(0, results.respondents().size())
                .filter(r -> teamId.equals(results.respondents().get(r).team()))
                .mapToDouble(r -> results.scores()[r][scale])
                .filter(x -> !Double.isNaN(x))
                .toArray();
    }
}
