package org.concord.results;

import java.util.List;

/**
 * HR's view of a whole campaign wave: every team side by side on each questionnaire, teams
 * the anonymity rule withholds shown only as "fewer than N respondents", and per scale the
 * reliability (alpha) and how much teams differ (ICC(1), ICC(2)). Deliberately no wave-wide
 * mean: beside the shown teams it would let a withheld team be recovered.
 */
public record OrganisationReport(long campaignId, String campaign, String waveLabel, int minGroupSize,
                                 boolean released, java.time.LocalDate closesOn, List<Block> questionnaires) {

    public OrganisationReport {
        questionnaires = List.copyOf(questionnaires);
    }

    /**
     * One questionnaire: its scale names (the columns), its teams (the rows), its scales' quality,
     * and how many of its questionnaires the review rules flagged over the whole wave, and
     * whether HR left them out of these numbers.
     */
    public record Block(String id, String title, List<String> scales, List<TeamLine> teams, List<Quality> quality,
                        int flagged, boolean flaggedLeftOut) {
        public Block {
            scales = List.copyOf(scales);
            teams = List.copyOf(teams);
            quality = List.copyOf(quality);
        }
    }

    /** A team's row: shown with n and a cell per scale (null where a scale is withheld), or withheld. */
    public record TeamLine(long teamId, String team, boolean shown, int n, List<Cell> cells) {
        public TeamLine {
            cells = cells == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }

    /** A team's mean on a scale, its band, n and whether agreement is low. */
    public record Cell(double mean, String band, int n, boolean lowAgreement) {
    }

    /**
     * A scale's quality over the wave's shown teams: alpha over {@code completeCases} respondents who
     * answered every item, and ICC(1)/ICC(2) over {@code respondents} in {@code teams} teams;
     * each null when not available, each with a band key for its reading.
     */
    public record Quality(String scale, Double alpha, String alphaBand, Integer completeCases,
                          Double icc1, String icc1Band, Double icc2, String icc2Band, int respondents, int teams) {
    }
}
