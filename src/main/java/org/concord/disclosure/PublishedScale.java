package org.concord.disclosure;

import java.util.List;
import org.concord.scoring.Estimate;
import org.concord.scoring.Icc;

/**
 * One scale's organisation figures, computed over the teams shown on that scale and nobody
 * else: how many teams and respondents that is, ICC(1) and ICC(2) between those teams,
 * Cronbach's alpha over their complete cases (the count null when it is withheld), and each
 * item's statistics. Nothing here is a figure over a
 * withheld team, so nothing here can be subtracted to recover one.
 */
public record PublishedScale(String scale, int teams, int respondents, Icc icc, Integer completeCases,
                             Estimate alpha, List<PublishedItem> items) {

    public PublishedScale {
        items = List.copyOf(items);
    }
}
