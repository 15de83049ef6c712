package org.concord.scoring;

import java.util.List;

/**
 * The internal consistency of one scale in a sample: Cronbach's alpha over the respondents who
 * answered every item of the scale ({@code completeCases}), and each item's statistics. Alpha
 * is an {@link Estimate} because it is not available with fewer than 2 cases, fewer than 2
 * items, or when the summed scores do not vary.
 */
public record ScaleQuality(String scale, int completeCases, Estimate alpha, List<ItemQuality> items) {

    public ScaleQuality {
        items = List.copyOf(items);
    }
}
