package org.concord.interview;

import java.util.List;
import java.util.Locale;
import org.concord.questionnaire.Scale;
import org.concord.scoring.Estimate;
import org.concord.scoring.NormGroup;
import org.concord.scoring.Reliability;
import org.concord.scoring.ScoringPlan;
import org.concord.scoring.SmallSamples;
import org.concord.scoring.StandardError;
import org.concord.scoring.Unavailable;

/**
 * One scale of a questionnaire version over every submitted assessment of that version and
 * scoring version (the reference sample): Cronbach's alpha over the complete cases of its
 * items, and the stored scale scores as the norm group. From them a single score gets its 95%
 * interval (SEM = SD sqrt(1 - alpha), with the norm group's SD) and its percentile rank, each
 * shown only when the sample is large enough ({@link SmallSamples}): alpha and the interval
 * from {@value SmallSamples#COMPLETE_CASES} complete cases, the percentile from the configured
 * norm minimum. Otherwise a {@link Reason} says why, with the count.
 */
public final class ScaleReference {

    private final Scale scale;
    private final int completeCases;
    private final Estimate alpha;
    private final double[] scores;
    private final NormGroup norms;
    private final int normMinimum;

    private ScaleReference(Scale scale, int completeCases, Estimate alpha, double[] scores, NormGroup norms,
                           int normMinimum) {
        this.scale = scale;
        this.completeCases = completeCases;
        this.alpha = alpha;
        this.scores = scores;
        this.norms = norms;
        this.normMinimum = SmallSamples.normMinimum(normMinimum);
    }

    /**
     * The statistics of scale {@code s} of {@code plan}: alpha over {@code respondents}' answers,
     * the norm group of their stored {@code scores} (missing ones left out).
     */
    public static ScaleReference of(ScoringPlan plan, int s, List<int[]> respondents, double[] scores, int normMinimum) {
        double[][] columns = plan.completeCases(respondents, s);
        int complete = columns.length == 0 ? 0 : columns[0].length;
        NormGroup norms = scores.length >= 2 && spread(scores) ? NormGroup.ofSample(scores) : null;
        return new ScaleReference(plan.scale(s), complete, Reliability.alpha(columns), scores.clone(), norms, normMinimum);
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

    /** Alpha as the engine computes it, whatever the sample size. */
    public Estimate alpha() {
        return alpha;
    }

    /** Alpha as pages and reports show it: only from enough complete cases. */
    public Estimate shownAlpha() {
        return SmallSamples.reliabilityShown(completeCases) ? alpha
                : Estimate.notAvailable(Unavailable.FEW_CASES_TO_SHOW, completeCases, SmallSamples.COMPLETE_CASES);
    }

    /** Why {@link #shownAlpha()} is not available; null when it is. */
    public Reason noAlpha() {
        if (!SmallSamples.reliabilityShown(completeCases)) {
            return Reason.of("recruiter.na.fewCases", completeCases, SmallSamples.COMPLETE_CASES);
        }
        return alpha.available() ? null : Reason.of("recruiter.na.noVariance", completeCases);
    }

    /** The SD and reliability that give a score its interval: enough complete cases, a spread and a positive alpha. */
    public StandardError standardError() {
        return SmallSamples.reliabilityShown(completeCases) && norms != null && alpha.available() && alpha.value() > 0
                ? new StandardError(norms.sd(), alpha.value()) : null;
    }

    /** Why {@link #standardError()} is null; null when it is not. */
    public Reason noInterval() {
        if (standardError() != null) {
            return null;
        }
        if (!SmallSamples.reliabilityShown(completeCases)) {
            return Reason.of("recruiter.na.fewCases", completeCases, SmallSamples.COMPLETE_CASES);
        }
        if (!alpha.available() || norms == null) {
            return Reason.of("recruiter.na.noVariance", completeCases);
        }
        String found = String.format(Locale.ROOT, "%.2f", alpha.value());
        return Reason.of(alpha.value() < 0 ? "recruiter.na.negativeAlpha" : "recruiter.na.lowAlpha", found);
    }

    /** The percentile rank of {@code score} in the norm group, when the norm group is large enough. */
    public Estimate percentile(double score) {
        if (noPercentile() != null) {
            return Estimate.notAvailable(norms == null ? Unavailable.FEW_DIFFERING_SCORES : Unavailable.SMALL_NORM_GROUP,
                    scores.length, normMinimum);
        }
        return norms.percentileRank(score);
    }

    /** Why {@link #percentile} is not available; null when it is. */
    public Reason noPercentile() {
        if (!SmallSamples.normsShown(scores.length, normMinimum)) {
            return Reason.of("recruiter.na.smallNormGroup", scores.length, normMinimum);
        }
        return norms == null ? Reason.of("recruiter.na.fewScores", scores.length) : null;
    }
}
