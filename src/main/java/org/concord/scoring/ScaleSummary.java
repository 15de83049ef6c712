package org.concord.scoring;

/**
 * One scale over a whole sample: how many respondents have a score, the mean and SD (n-1) of
 * those scores, the scale's reliability over complete cases, and the SEM that reliability
 * implies for this sample (SD * sqrt(1 - alpha); not available when alpha or the SD is not).
 *
 * @param sd NaN with fewer than two scores
 */
public record ScaleSummary(String scale, int n, double mean, double sd, ScaleQuality quality) {

    public Estimate alpha() {
        return quality.alpha();
    }

    public Estimate sem() {
        if (!quality.alpha().available()) {
            return Estimate.notAvailable(Unavailable.NO_ALPHA, quality.alpha());
        }
        if (Double.isNaN(sd)) {
            return Estimate.notAvailable(Unavailable.FEW_SCORES, n);
        }
        return Estimate.of(new StandardError(sd, quality.alpha().value()).sem());
    }
}
