package org.concord.scoring;

/**
 * How one item behaves in its scale over the complete cases: its mean and SD (keyed), its
 * corrected item-total correlation (with the sum of the other items) and the scale's alpha
 * without it. An item with a low correlation, or whose deletion raises alpha, is a candidate
 * for rewording in the next version of the questionnaire.
 *
 * @param sd NaN when there are fewer than two complete cases
 */
public record ItemQuality(String item, double mean, double sd, Estimate itemTotal, Estimate alphaIfDeleted) {
}
