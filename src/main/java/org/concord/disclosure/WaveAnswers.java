package org.concord.disclosure;

import java.util.List;
import org.concord.scoring.ScoringPlan;

/**
 * What the gate is asked to publish about one questionnaire of one campaign wave: the scoring
 * plan of its version, the campaign's teams in the order they are listed, every submitted
 * response, and whether the wave is released (closed: its closing date passed, or HR closed it).
 */
public record WaveAnswers(ScoringPlan plan, List<String> teams, List<Response> responses, boolean released) {

    public WaveAnswers {
        teams = List.copyOf(teams);
        responses = List.copyOf(responses);
    }
}
