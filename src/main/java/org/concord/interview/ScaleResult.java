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
 * One person's score on one scale as pages show it, never as a bare number: the score with its
 * band, its 95% interval and its percentile rank in the reference sample, each of the last two
 * either present or with the {@link Reason} it is not; a missing score has a reason too.
 */
public record ScaleResult(Interpretation interpretation, Reason missing, Reason noInterval, Estimate percentile,
                          Reason noPercentile, Estimate alpha, int sampleSize) {

    /** The result of a stored score, against the reference statistics of its scale. */
    public static ScaleResult of(StoredScore stored, ScoringPlan plan, int s, ScaleReference reference) {
        Scale scale = plan.scale(s);
        int needed = plan.neededAnswers(s);
        ScaleScore score = stored == null || stored.getScore() == null
                ? new ScaleScore(scale.id(), Double.NaN, stored == null ? 0 : stored.getAnswered(), plan.itemsOf(s).length, needed)
                : new ScaleScore(scale.id(), stored.getScore(), stored.getAnswered(), stored.getItems(), needed);
        Interpretation interpretation = Interpretation.of(scale, score, reference.standardError());
        if (score.missing()) {
            Reason why = Reason.of("recruiter.na.missing", score.answered(), score.items(), needed);
            return new ScaleResult(interpretation, why, why, Estimate.notAvailable(Unavailable.MISSING_SCORE), why, reference.alpha(),
                    reference.sampleSize());
        }
        return new ScaleResult(interpretation, null, reference.noInterval(), reference.percentile(score.value()),
                reference.noPercentile(), reference.alpha(), reference.sampleSize());
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
}
