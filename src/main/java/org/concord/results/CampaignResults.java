package org.concord.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concord.questionnaire.QuadrantAxis;
import org.concord.scoring.TeamResult;

/**
 * The results of one campaign wave, per questionnaire, and those of the wave before it when
 * there is one (for the change between waves). Everything in here has passed the disclosure
 * gate: a withheld team carries no numbers, and a wave not yet {@code released} (closed) none
 * at all; {@code closesOn} is its closing date, to say when results will come.
 */
public record CampaignResults(long campaignId, String name, String waveLabel, int minGroupSize, boolean released,
                              LocalDate closesOn, List<WaveData> questionnaires, Optional<CampaignResults> previousWave) {

    public Optional<WaveData> questionnaire(String id) {
        return questionnaires.stream().filter(q -> q.questionnaire().id().equals(id)).findFirst();
    }

    /** The questionnaire on the given axis of the cooperation x coordination view, if the campaign has it. */
    public Optional<WaveData> onAxis(String axis) {
        return questionnaires.stream()
                .filter(q -> q.questionnaire().quadrant() != null && axis.equals(q.questionnaire().quadrant().axis()))
                .findFirst();
    }

    public Optional<WaveData> cooperation() {
        return onAxis(QuadrantAxis.COOPERATION);
    }

    public Optional<WaveData> coordination() {
        return onAxis(QuadrantAxis.COORDINATION);
    }

    /** The result of {@code teamId} on one questionnaire. */
    public static Optional<TeamResult> team(WaveData data, String teamId) {
        return data.published().team(teamId);
    }
}
