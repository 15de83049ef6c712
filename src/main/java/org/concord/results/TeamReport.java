package org.concord.results;

import java.time.LocalDate;
import java.util.List;
import org.concord.campaign.TeamCompletion;
import org.concord.scoring.Quadrant;
import org.concord.scoring.Recommendation;

/**
 * What the team results page shows for one team in one campaign wave, in the reader's
 * language: per questionnaire the team's scale means with their band, n and agreement, or
 * only the fact that too few answered; the team on the cooperation x coordination view; its
 * coordination mechanisms; the advice; and the change since the previous wave. A questionnaire
 * the team is not shown on carries no number at all (not even its n). While the wave is open
 * ({@code released} false) nothing but the team's counts ({@code completion}: invited, started,
 * submitted; null once released) is there, and {@code closesOn} says when results come.
 * {@code flaggedLeftOut} is how many questionnaires of the whole wave, flagged for review, HR
 * left out of these results (0 when none or kept), to say so; never a count of this team.
 */
public record TeamReport(long campaignId, String campaign, String waveLabel, long teamId, String team,
                         int minGroupSize, boolean released, LocalDate closesOn, TeamCompletion completion,
                         List<Section> sections, QuadrantView quadrant, List<Mechanism> mechanisms,
                         Recommendation recommendation, String previousWave, List<ChangeSection> changes,
                         int flaggedLeftOut) {

    public TeamReport {
        sections = List.copyOf(sections);
        mechanisms = List.copyOf(mechanisms);
        changes = List.copyOf(changes);
    }

    /** Whether any questionnaire shows this team's numbers. */
    public boolean anyShown() {
        return sections.stream().anyMatch(Section::shown);
    }

    /** One questionnaire: shown with n respondents and its scales, or withheld (n 0, no scales). */
    public record Section(String questionnaireId, String title, boolean shown, int n, List<ScaleRow> scales) {
        public Section {
            scales = List.copyOf(scales);
        }
    }

    /** A scale's team mean, its band, how many members have a score, and rwg(j) (null when not available). */
    public record ScaleRow(String scaleId, String name, int n, double mean, String band, boolean lowBand,
                           Double rwgj, boolean lowAgreement) {
    }

    /**
     * The team's place on the cooperation x coordination view: its mean over the shown scales
     * of each axis's questionnaire, that axis's threshold, and the quadrant with its reading.
     */
    public record QuadrantView(double coordination, double coordinationThreshold, int coordinationN,
                               double cooperation, double cooperationThreshold, int cooperationN,
                               double lo, double hi, Quadrant quadrant, String summary) {
    }

    /** One coordination mechanism's team mean and band, for the profile. */
    public record Mechanism(String scaleId, String name, double mean, String band) {
    }

    /** The change on one questionnaire since the previous wave, with each wave's n. */
    public record ChangeSection(String title, int nBefore, int nAfter, List<ChangeRow> rows) {
        public ChangeSection {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One scale's change: both means with their bands, the difference with its Welch 95%
     * interval, Cohen's d with its 95% interval (each null when not available), and whether the
     * change is reliable (the difference's interval excludes 0).
     */
    public record ChangeRow(String name, double before, String bandBefore, double after, String bandAfter,
                            double difference, Double ciLow, Double ciHigh, Double cohensD, Double dLow, Double dHigh,
                            boolean reliable) {
    }
}
