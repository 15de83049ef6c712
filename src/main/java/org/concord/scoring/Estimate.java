package org.concord.scoring;

/**
 * A statistic that may be unavailable: either a finite value, or the reason it cannot be
 * computed for these data (too few respondents, no variance, ...). Reports show the reason
 * instead of a blank or a misleading 0, so "not available" is never a bare null or NaN.
 *
 * @param value  the value; NaN when not available
 * @param reason why the value is not available; null when it is
 */
public record Estimate(double value, String reason) {

    public Estimate {
        if (reason == null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("an available estimate needs a finite value, not " + value);
        }
        if (reason != null) {
            value = Double.NaN;
        }
    }

    public static Estimate of(double value) {
        return new Estimate(value, null);
    }

    public static Estimate notAvailable(String reason) {
        return new Estimate(Double.NaN, reason);
    }

    public boolean available() {
        return reason == null;
    }

    public double orElse(double fallback) {
        return available() ? value : fallback;
    }

    @Override
    public String toString() {
        return available() ? Double.toString(value) : "not available: " + reason;
    }
}
