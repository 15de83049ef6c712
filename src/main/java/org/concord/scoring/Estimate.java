package org.concord.scoring;

import java.util.List;

/**
 * A statistic that may be unavailable: either a finite value, or why it cannot be computed for
 * these data (too few respondents, no variance, ...), as an {@link Unavailable} code with its
 * arguments, so that reports can say it in their reader's language. Reports show the reason
 * instead of a blank or a misleading 0, so "not available" is never a bare null or NaN.
 *
 * @param value     the value; NaN when not available
 * @param why       why the value is not available; null when it is
 * @param arguments the counts (or the nested estimate) the reason names; empty when available
 */
public record Estimate(double value, Unavailable why, List<Object> arguments) implements java.io.Serializable {

    public Estimate {
        if (why == null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("an available estimate needs a finite value, not " + value);
        }
        if (why != null) {
            value = Double.NaN;
        }
        arguments = why == null ? List.of() : List.copyOf(arguments);
    }

    public static Estimate of(double value) {
        return new Estimate(value, null, List.of());
    }

    public static Estimate notAvailable(Unavailable why, Object... arguments) {
        return new Estimate(Double.NaN, why, List.of(arguments));
    }

    /** Not available for a reason given in words only. */
    public static Estimate notAvailable(String reason) {
        return notAvailable(Unavailable.OTHER, reason);
    }

    public boolean available() {
        return why == null;
    }

    /** Why the value is not available, in English; null when it is. */
    public String reason() {
        return why == null ? null : why.say(arguments);
    }

    public double orElse(double fallback) {
        return available() ? value : fallback;
    }

    @Override
    public String toString() {
        return available() ? Double.toString(value) : "not available: " + reason();
    }
}
