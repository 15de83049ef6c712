package org.concord.scoring;

/**
 * A team's result on one scale: how many members have a score, their mean and SD, and the
 * within-team agreement rwg(j) that says whether the mean stands for the team. When
 * {@code suppressed} is not null the numbers are withheld for anonymity (NaN and not
 * available) and must not be shown.
 *
 * @param sd NaN with fewer than two scores
 */
public record TeamScale(String scale, int n, double mean, double sd, Estimate rwgj, Suppression suppressed) {

    public static TeamScale withheld(String scale, int n, Suppression why) {
        return new TeamScale(scale, n, Double.NaN, Double.NaN, Estimate.notAvailable(Unavailable.WITHHELD), why);
    }

    public boolean shown() {
        return suppressed == null;
    }

    /** Whether the team mean should carry a "low agreement" flag (rwg(j) below 0.70). */
    public boolean lowAgreement() {
        return Agreement.low(rwgj);
    }
}
