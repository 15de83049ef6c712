package org.concord.campaign;

import java.time.LocalDate;

/** A campaign as the campaign list shows it. */
public record CampaignRow(long id, String name, String waveLabel, LocalDate opensOn, LocalDate closesOn,
                          LinkMode linkMode, int teams, boolean followUp) {
}
