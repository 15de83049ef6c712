package org.concord.campaign;

import java.time.LocalDate;

/**
 * Where a wave stands, as HR's campaign list shows it: a draft is still being prepared (no link
 * generated yet, or its opening day not come), an open wave takes answers, a closed wave takes
 * none any more and its results are released, an archived wave is closed and put away.
 */
public enum CampaignStatus {
    DRAFT, OPEN, CLOSED, ARCHIVED;

    /** The status of {@code wave} on {@code today}, knowing whether any of its links exists. */
    public static CampaignStatus of(Campaign wave, boolean linksExist, LocalDate today) {
        if (wave.isArchived()) {
            return ARCHIVED;
        }
        if (wave.isClosedOn(today)) {
            return CLOSED;
        }
        return linksExist && wave.isOpenOn(today) ? OPEN : DRAFT;
    }
}
