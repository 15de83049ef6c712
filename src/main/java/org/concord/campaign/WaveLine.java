package org.concord.campaign;

import java.time.LocalDate;

/** One wave as the campaign list shows it under its campaign: label, dates, link mode, teams, status and response rate. */
public record WaveLine(long id, String waveLabel, LocalDate opensOn, LocalDate closesOn, LinkMode linkMode, int teams,
                       CampaignStatus status, ResponseRate rate) implements java.io.Serializable {

    /** Whether HR may close this wave now (it is neither closed nor archived). */
    public boolean closable() {
        return status == CampaignStatus.DRAFT || status == CampaignStatus.OPEN;
    }
}
