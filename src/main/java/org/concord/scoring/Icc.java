package org.concord.scoring;

import java.util.List;

/**
 * How much of the spread in a scale's scores lies between teams (Bliese 2000), from a one-way
 * ANOVA of individual scores nested in teams: ICC(1) = (MSB - MSW) / (MSB + (k - 1) MSW), the
 * reliability of one member's score as a team measure, and ICC(2) = (MSB - MSW) / MSB, the
 * reliability of the team means. k = N / G, the mean team size, as R's multilevel::ICC1 has it.
 */
public record Icc(Estimate icc1, Estimate icc2) {

    /** ICC(1) and ICC(2) of the teams' scores (one array per team; empty teams are ignored). */
    public static Icc of(List<double[]> teams) {
        int groups = 0;
        int n = 0;
        double grand = 0;
        for (double[] team : teams) {
            if (team.length > 0) {
                groups++;
                n += team.length;
                for (double x : team) {
                    grand += x;
                }
            }
        }
        if (groups < 2) {
            return unavailable(Estimate.notAvailable(Unavailable.FEW_TEAMS, groups));
        }
        if (n - groups < 1) {
            return unavailable(Estimate.notAvailable(Unavailable.SMALL_TEAMS));
        }
        grand /= n;
        double between = 0;
        double within = 0;
        for (double[] team : teams) {
            double mean = Stats.mean(team);
            for (double x : team) {
                within += (x - mean) * (x - mean);
            }
            between += team.length == 0 ? 0 : team.length * (mean - grand) * (mean - grand);
        }
        double msb = between / (groups - 1);
        double msw = within / (n - groups);
        double k = (double) n / groups;
        if (!(msb > 0)) {
            return unavailable(Estimate.notAvailable(Unavailable.TEAM_MEANS_CONSTANT));
        }
        return new Icc(Estimate.of((msb - msw) / (msb + (k - 1) * msw)), Estimate.of((msb - msw) / msb));
    }

    private static Icc unavailable(Estimate why) {
        return new Icc(why, why);
    }
}
