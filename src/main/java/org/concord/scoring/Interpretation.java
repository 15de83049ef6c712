package org.concord.scoring;

import java.util.Optional;
import org.concord.questionnaire.Band;
import org.concord.questionnaire.ResponseFormat;
import org.concord.questionnaire.Scale;

/**
 * What a respondent's scale score means: the score, its interpretation band (whose label and
 * text reports show), and, when the scale's reliability is known, its standard error and 95%
 * interval, clipped to the questionnaire's response range. A missing score has no band and no
 * interval; its {@link ScaleScore#reason()} says why.
 *
 * @param range the questionnaire's response format, whose lo..hi bounds the interval
 */
public record Interpretation(Scale scale, ScaleScore score, Band band, StandardError standardError, ResponseFormat range) implements java.io.Serializable {

    /**
     * @param reliability the scale's SD and alpha in a reference sample, or null when unknown
     */
    public static Interpretation of(Scale scale, ScaleScore score, StandardError reliability, ResponseFormat range) {
        Band band = score.missing() ? null : scale.bandOf(score.value());
        return new Interpretation(scale, score, band, reliability, range);
    }

    public Optional<Band> bandIfScored() {
        return Optional.ofNullable(band);
    }

    /** The band's text in a language ("en", "fr"); empty for a missing score. */
    public String text(String language) {
        return band == null ? "" : band.text().in(language);
    }

    /** SEM of the score, when the reliability is known. */
    public Optional<Double> sem() {
        return standardError == null ? Optional.empty() : Optional.of(standardError.sem());
    }

    /** The 95% interval around the score within lo..hi, when it is scored and the reliability is known. */
    public Optional<StandardError.Interval> interval() {
        if (standardError == null || score.missing()) {
            return Optional.empty();
        }
        return Optional.of(standardError.interval(score.value(), range.lo(), range.hi()));
    }

    /** Whether the score falls in a band that calls for follow-up (probes, team action). */
    public boolean low() {
        return band != null && band.low();
    }
}
