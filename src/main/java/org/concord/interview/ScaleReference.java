package org.concord.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.questionnaire.Scale;
import org.concord.scoring.Estimate;
import org.concord.scoring.NormGroup;
import org.concord.scoring.Reliability;
import org.concord.scoring.ScoringPlan;
import org.concord.scoring.StandardError;
import org.concord.scoring.Unavailable;

/**
 * One scale of a questionnaire version over every submitted assessment of that version (the
 * reference sample): Cronbach's alpha over the complete cases, the SD of the scale scores, and
 * the scores themselves as a norm group. From them a single score gets its 95% interval
 * (SEM = SD sqrt(1 - alpha)) and its percentile rank, or the reason why not.
 */
public final class ScaleReference {

    private final Scale scale;
    private final int completeCases;
    private final Estimate alpha;
    private final double[] scores;
    private final NormGroup norms;

    private ScaleReference(Scale scale, int completeCases, Estimate alpha, double[] scores, NormGroup norms) {
        this.scale = scale;
        this.completeCases = completeCases;
        this.alpha = alpha;
        this.scores = scores;
        this.norms = norms;
    }

    /** The statistics of scale {@code s} of {@code plan} over {@code respondents}' answers. */
    public static ScaleReference of(ScoringPlan plan, int s, List<int[]> respondents) {
        double[][] columns = plan.completeCases(respondents, s);
        int complete = columns.length == 0 ? 0 : columns[0].length;
        List<Double> scored = new ArrayList<>();
        for (int[] answers : respondents) {
            double score = plan.scaleScore(answers, s);
            if (!Double.isNaN(score)) {
                scored.add(score);
            }
        }
        double[] scores = scored.stream().mapToDouble(Double::doubleValue).toArray();
        NormGroup norms = null;
        if (scores.length >= 2 && spread(scores)) {
            norms = NormGroup.ofSample(scores);
        }
        return new ScaleReference(plan.scale(s), complete, Reliability.alpha(columns), scores, norms);
    }

    private static boolean spread(double[] scores) {
        for (double score : scores) {
            if (score != scores[0]) {
                return true;
            }
        }
        return false;
    }

    public Scale scale() {
        return scale;
    }

    /** How many scores the norm group holds. */
    public int sampleSize() {
        return scores.length;
    }

    public int completeCases() {
        return completeCases;
    }

    public Estimate alpha() {
        return alpha;
    }

    /** The SD and reliability that give a score its interval, when both are known and alpha is positive. */
    public StandardError standardError() {
        return norms != null && alpha.available() && alpha.value() > 0 ? new StandardError(norms.sd(), alpha.value()) : null;
    }

    /** Why {@link #standardError()} is null; null when it is not. */
    public Reason noInterval() {
        if (standardError() != null) {
            return null;
        }
        if (completeCases < 2) {
            return Reason.of("recruiter.na.fewCases", completeCases);
        }
        if (!alpha.available() || norms == null) {
            return Reason.of("recruiter.na.noVariance", completeCases);
        }
        return Reason.of("recruiter.na.lowAlpha", String.format(Locale.ROOT, "%.2f", alpha.value()));
    }

    /** The percentile rank of {@code score} among the sample's scores. */
    public Estimate percentile(double score) {
        return norms == null ? Estimate.notAvailable(Unavailable.FEW_DIFFERING_SCORES) : norms.percentileRank(score);
    }

    /** Why {@link #percentile} is not available; null when it is. */
    public Reason noPercentile() {
        return norms == null ? Reason.of("recruiter.na.fewScores", scores.length) : null;
    }
}
