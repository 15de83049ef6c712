package org.concord.scoring;

/**
 * Change of one person measured twice (a candidate who takes the same self-report again): the
 * difference and the reliable change index of Jacobson and Truax (1991),
 * RCI = (x2 - x1) / sqrt(2 SEM^2), reliable when |RCI| > 1.96. It is not for team means: a
 * team's waves are answered by possibly different people, so their change is the difference
 * of two independent means, {@link MeanChange}. ({@link #cohensD} remains for the team
 * results that still call it; {@link MeanChange#d()} is the same d with its interval.)
 *
 * @param rci not available when the SEM is 0 (a perfectly reliable scale has no RCI)
 */
public record Change(double before, double after, Estimate rci) {

    /** |RCI| above this is a reliable change at the 5% level. */
    public static final double RELIABLE = 1.96;

    /** The change from x1 to x2 on a scale whose standard error of measurement is {@code sem}. */
    public static Change between(double x1, double x2, double sem) {
        double denominator = Math.sqrt(2 * sem * sem);
        Estimate rci = denominator > 0 ? Estimate.of((x2 - x1) / denominator)
                : Estimate.notAvailable(Unavailable.ZERO_SEM);
        return new Change(x1, x2, rci);
    }

    public double difference() {
        return after - before;
    }

    public boolean reliable() {
        return rci.available() && Math.abs(rci.value()) > RELIABLE;
    }
}
