package org.concord.scoring;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.concord.questionnaire.ResponseFormat;

/**
 * The convenient way to score one respondent: answers by item id in, scores by scale id out,
 * with every answer checked against the questionnaire. It wraps a {@link ScoringPlan}, which
 * is the fast path for scoring many respondents at once.
 */
public final class RespondentScorer {

    private final ScoringPlan plan;

    public RespondentScorer(ScoringPlan plan) {
        this.plan = plan;
    }

    /**
     * The answers as the plan's {@code int[]}; an item absent from the map is unanswered.
     *
     * @throws IllegalArgumentException for an unknown item id or an answer outside the format
     */
    public int[] answers(Map<String, Integer> byItem) {
        ResponseFormat format = plan.questionnaire().responseFormat();
        int[] answers = new int[plan.itemCount()];
        Arrays.fill(answers, ScoringPlan.MISSING);
        for (Map.Entry<String, Integer> answer : byItem.entrySet()) {
            int index = plan.itemIndex(answer.getKey());
            if (index < 0) {
                throw new IllegalArgumentException("unknown item " + answer.getKey());
            }
            Integer value = answer.getValue();
            if (value != null && !format.accepts(value)) {
                throw new IllegalArgumentException("answer " + value + " to item " + answer.getKey()
                        + " lies outside " + format.lo() + ".." + format.hi());
            }
            answers[index] = value == null ? ScoringPlan.MISSING : value;
        }
        return answers;
    }

    /** Every scale's score, keyed by scale id in questionnaire order. */
    public Map<String, ScaleScore> score(Map<String, Integer> byItem) {
        int[] answers = answers(byItem);
        Map<String, ScaleScore> scores = new LinkedHashMap<>();
        for (int s = 0; s < plan.scaleCount(); s++) {
            String id = plan.scale(s).id();
            scores.put(id, new ScaleScore(id, plan.scaleScore(answers, s), plan.answered(answers, s),
                    plan.itemsOf(s).length, plan.neededAnswers(s)));
        }
        return scores;
    }
}
