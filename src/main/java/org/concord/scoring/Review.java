package org.concord.scoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.concord.questionnaire.Item;

/**
 * Whether one answered questionnaire should be looked at again before its scores are trusted:
 * its {@link ResponseQuality}, the attention items it missed (answered otherwise than asked, or
 * left unanswered), the seconds per answered scored item when the time is known, and the
 * {@link ReviewReason}s that apply. Flagged means "review": the recruiter or HR decides, Concord
 * never rejects an answer on these grounds.
 *
 * @param attentionItems how many attention items the questionnaire has
 * @param items          how many scored items it has
 * @param secondsPerItem the time from start to the last page save over the answered scored
 *                       items; not available when the time is not kept (campaign answers)
 * @param threshold      the chi-square 0.999 quantile with df = the number of scored items
 */
public record Review(ResponseQuality quality, int attentionItems, List<String> attentionMissed, int items, Estimate secondsPerItem,
                     double threshold, List<ReviewReason> reasons) implements java.io.Serializable {

    /** Under this many seconds per answered item a questionnaire was answered too fast to read. */
    public static final double MIN_SECONDS_PER_ITEM = 2;

    /** The chi-square quantile D² is compared with. */
    public static final double D2_QUANTILE = 0.999;

    public Review {
        attentionMissed = List.copyOf(attentionMissed);
        reasons = List.copyOf(reasons);
    }

    /**
     * The review of {@code answers} (in the item order of the indices' plan); {@code time} from
     * start to last page save, null when not kept.
     */
    public static Review of(QualityIndices indices, int[] answers, Duration time) {
        ScoringPlan plan = indices.plan();
        ResponseQuality quality = indices.quality(answers);
        List<String> missed = new ArrayList<>();
        for (Item item : plan.questionnaire().attentionItems()) {
            int given = answers[plan.itemIndex(item.id())];
            if (given != item.expected()) {
                missed.add(item.id());
            }
        }
        int items = indices.itemCount();
        int answered = indices.answered(answers);
        Estimate perItem = time == null ? Estimate.notAvailable(Unavailable.NO_PAGE_TIMES)
                : answered == 0 ? Estimate.notAvailable(Unavailable.FEW_ANSWERS, 0)
                : Estimate.of(time.toMillis() / 1000.0 / answered);
        double threshold = ChiSquaredDistribution.of(Math.max(items, 1)).inverseSurvivalProbability(1 - D2_QUANTILE);
        List<ReviewReason> reasons = new ArrayList<>();
        if (!missed.isEmpty()) {
            reasons.add(ReviewReason.ATTENTION_MISSED);
        }
        if (items > 0 && 2 * quality.longstring() >= items) {
            reasons.add(ReviewReason.LONGSTRING);
        }
        if (quality.mahalanobis().available() && quality.mahalanobis().value() > threshold) {
            reasons.add(ReviewReason.MAHALANOBIS);
        }
        if (perItem.available() && perItem.value() < MIN_SECONDS_PER_ITEM) {
            reasons.add(ReviewReason.TOO_FAST);
        }
        return new Review(quality, plan.questionnaire().attentionItems().size(), missed, items, perItem, threshold, reasons);
    }

    /** Whether any rule applies: the answers should be reviewed before the scores are relied on. */
    public boolean flagged() {
        return !reasons.isEmpty();
    }
}
