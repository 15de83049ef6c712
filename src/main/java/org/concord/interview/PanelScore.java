package org.concord.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Scale;

/**
 * The interview panel's combined score on one interview scale: the mean of the scale scores of
 * the interviewers who submitted their ratings and have a score on it, with how many they are.
 * Ratings not yet submitted never count; a scale nobody has a score on has no mean.
 *
 * @param mean   null when no submitted rater has a score on the scale
 * @param raters how many scores the mean is over
 */
public record PanelScore(Scale scale, Double mean, int raters) implements java.io.Serializable {

    /**
     * Each scale's combined score.
     *
     * @param submitted one map per interviewer who submitted, scale id to their stored score
     *                  (a scale left out, or mapped to null, has no score of theirs)
     */
    public static List<PanelScore> combine(List<Scale> scales, List<Map<String, Double>> submitted) {
        List<PanelScore> combined = new ArrayList<>();
        for (Scale scale : scales) {
            double sum = 0;
            int raters = 0;
            for (Map<String, Double> rater : submitted) {
                Double score = rater.get(scale.id());
                if (score != null && Double.isFinite(score)) {
                    sum += score;
                    raters++;
                }
            }
            combined.add(new PanelScore(scale, raters == 0 ? null : sum / raters, raters));
        }
        return List.copyOf(combined);
    }

    public boolean scored() {
        return mean != null;
    }
}
