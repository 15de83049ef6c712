package org.concord.disclosure;

import org.concord.scoring.Estimate;

/**
 * One item's published statistics over the wave's shown teams: its keyed mean and SD over the
 * respondents who answered it ({@code answered}, null when withheld), and its corrected
 * item-total r and the scale's alpha without it over the scale's complete cases. Each is
 * withheld (not available, with the reason) when too few respondents are behind it.
 */
public record PublishedItem(String item, Integer answered, Estimate mean, Estimate sd, Estimate itemTotal,
                            Estimate alphaIfDeleted) {
}
