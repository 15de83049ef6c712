package org.concord.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Band;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;

/**
 * Prepares the interview after a candidate's self-report: the scales whose score fell in a
 * band marked {@code low}, in questionnaire order, each with the scale's interview probes.
 * Missing scores raise no probes (they are reported as missing instead).
 */
public final class InterviewProbes {

    private InterviewProbes() {
    }

    public static List<LowScale> of(Questionnaire questionnaire, Map<String, ScaleScore> scores) {
        List<LowScale> low = new ArrayList<>();
        for (Scale scale : questionnaire.scales()) {
            ScaleScore score = scores.get(scale.id());
            if (score != null && !score.missing()) {
                Band band = scale.bandOf(score.value());
                if (band.low()) {
                    low.add(new LowScale(scale, score.value(), band));
                }
            }
        }
        return low;
    }
}
