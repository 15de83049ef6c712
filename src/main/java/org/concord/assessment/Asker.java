package org.concord.assessment;

import java.time.LocalDate;

/**
 * Who asks a respondent to answer, as the first page tells them: a campaign (its name, its
 * wave, and from how many respondents a team result is shown) or, for a candidate, the
 * position applied for and the day their data will be erased.
 */
public record Asker(String campaignName, String waveLabel, int minGroupSize, String position, LocalDate keptUntil) implements java.io.Serializable {

    public static Asker campaign(String name, String wave, int minGroupSize) {
        return new Asker(name, wave, minGroupSize, null, null);
    }

    public static Asker recruiter(String position, LocalDate keptUntil) {
        return new Asker(null, null, 0, position, keptUntil);
    }

    /** Whether a campaign asks (else a recruiter, for a candidate's self-report). */
    public boolean isCampaign() {
        return campaignName != null;
    }
}
