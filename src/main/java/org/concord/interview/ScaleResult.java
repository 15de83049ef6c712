package org.concord.interview;

import org.concord.assessment.StoredScore;
import org.concord.questionnaire.Band;
import org.concord.questionnaire.Scale;
import org.concord.scoring.Estimate;
import org.concord.scoring.Interpretation;
import org.concord.scoring.ScaleScore;
import org.concord.scoring.ScoringPlan;
import org.concord.scoring.StandardError;
import org.concord.scoring.Unavailable;

/**
 * One person's score on one scale as pages show it, never as a bare number: the stored score
 * with its band, its 95% interval (within the response range) and its percentile rank in the
 * norm group, whose size is always given beside it, and the scale's alpha in the reference
 * sample; each of the last three either present or with the {@link Reason} it is not (too few
 * complete cases, too small a norm group, ...); a missing score has a reason too.
 *
 * @param alpha         the alpha pages show: not available below the complete cases it needs
 * @param sampleSize    how many scores the norm group holds
 * @param completeCases how many complete cases the alpha is computed over
 */
public record ScaleResult(Interpretation interpretation, Reason missing, Reason noInterval, Estimate percentile,
                          Reason noPercentile, Estimate alpha, Reason noAlpha, int sampleSize, int completeCases) implements java.io.Serializable {

    /** The result of a stored score, against the reference statistics of its scale. */
    public static ScaleResult of(StoredScore stored, ScoringPlan plan, int s, ScaleReference reference) {
        Scale scale = plan.scale(s);
        int needed = plan.neededAnswers(s);
        ScaleScore score = stored == null || stored.getScore() == null
                ? new ScaleScore(scale.id(), Double.NaN, stored == null ? 0 : stored.getAnswered(), plan.itemsOf(s).length, needed)
                : new ScaleScore(scale.id(), stored.getScore(), stored.getAnswered(), stored.getItems(), needed);
        Interpretation interpretation = Interpretation.of(scale, score, reference.standardError(),
                plan.questionnaire().responseFormat());
        if (score.missing()) {
            Reason why = Reason.of("recruiter.na.missing", score.answered(), score.items(), needed);
            return new ScaleResult(interpretation, why, why, Estimate.notAvailable(Unavailable.MISSING_SCORE), why,
                    reference.shownAlpha(), reference.noAlpha(), reference.sampleSize(), reference.completeCases());
        }
        return new ScaleResult(interpretation, null, reference.noInterval(), reference.percentile(score.value()),
                reference.noPercentile(), reference.shownAlpha(), reference.noAlpha(), reference.sampleSize(),
                reference.completeCases());
    }

    public Scale scale() {
        return interpretation.scale();
    }

    public boolean scored() {
        return missing == null;
    }

    public double score() {
        return interpretation.score().value();
    }

    public Band band() {
        return interpretation.band();
    }

    public boolean low() {
        return interpretation.low();
    }

    public boolean hasInterval() {
        return interpretation.interval().isPresent();
    }

    public StandardError.Interval interval() {
        return interpretation.interval().orElse(null);
    }

    public boolean hasPercentile() {
        return percentile.available();
    }

    /** Whether the shown alpha is negative: the items do not measure one thing in this sample. */
    public boolean negativeAlpha() {
        return alpha.available() && alpha.value() < 0;
    }
}
