package org.concord.report.candidate;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.report.ReportTexts;
import org.concord.scoring.Estimate;
import org.concord.scoring.Review;
import org.concord.scoring.ReviewReason;

/**
 * A self-report's {@link Review} in the reader's words, as the candidate page and the candidate
 * workbook both show it: whether it is flagged, each reason with its numbers, and every index
 * with its value (or why it is not available) and what it means. One wording for both places.
 */
public final class ReviewTexts {

    /** One index: its name, its value as shown, and what it means. */
    public record Line(String index, String value, String meaning) {
    }

    private final Review review;
    private final ReportTexts texts;

    public ReviewTexts(Review review, ReportTexts texts) {
        this.review = review;
        this.texts = texts;
    }

    public String title() {
        return texts.format("quality.title");
    }

    /** "Review: ..." when flagged, else that no rule applies. */
    public String verdict() {
        return texts.format(review.flagged() ? "quality.flagged" : "quality.clear");
    }

    /** That these are flags and the recruiter decides. */
    public String decide() {
        return texts.format("quality.decide");
    }

    public String reasonsHeading() {
        return texts.format("quality.reasons");
    }

    /** One sentence per rule that applies, with its numbers. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        for (ReviewReason reason : review.reasons()) {
            String key = "quality.reason." + reason.name();
            reasons.add(switch (reason) {
                case ATTENTION_MISSED -> texts.format(key, review.attentionMissed().size(), review.attentionItems(),
                        String.join(", ", review.attentionMissed()));
                case LONGSTRING -> texts.format(key, review.quality().longstring(), review.items());
                case MAHALANOBIS -> texts.format(key, review.quality().mahalanobis().value(), review.threshold(), review.items());
                case TOO_FAST -> texts.format(key, review.secondsPerItem().value());
            });
        }
        return reasons;
    }

    /** The column headings of the index table: index, value, meaning. */
    public List<String> headings() {
        return List.of(texts.format("quality.index"), texts.format("quality.value"), texts.format("quality.meaning"));
    }

    /** Every index with its value and meaning; attention items only when the questionnaire has some. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        if (review.attentionItems() > 0) {
            lines.add(line("attention", texts.format("quality.value.attention", review.attentionMissed().size(),
                    review.attentionItems())));
        }
        lines.add(line("longstring", String.valueOf(review.quality().longstring())));
        lines.add(line("irv", value(review.quality().irv(), "0.00")));
        lines.add(line("evenodd", value(review.quality().evenodd(), "0.00")));
        lines.add(line("mahalanobis", value(review.quality().mahalanobis(), "0.0")));
        lines.add(line("time", value(review.secondsPerItem(), "0.0")));
        return lines;
    }

    private Line line(String index, String value) {
        return new Line(texts.format("quality.index." + index), value,
                texts.format("quality.meaning." + index, review.threshold()));
    }

    private String value(Estimate estimate, String pattern) {
        if (!estimate.available()) {
            return texts.format("quality.notAvailable", texts.reason(estimate));
        }
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.forLanguageTag(texts.language())))
                .format(estimate.value());
    }
}
