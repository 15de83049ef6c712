package org.concord.scoring;

import java.util.Collection;
import org.concord.questionnaire.QuadrantAxis;

/**
 * Where a team stands on the cooperation x coordination view. Cooperation (members working
 * together of their own accord) and coordination (the organised fit of distributed tasks) are
 * distinct: a team can have either without the other. A team counts as cooperative when its
 * mean on the cooperation-climate questionnaire is at or above that questionnaire's quadrant
 * threshold, and as coordinated likewise on the coordination-maturity questionnaire.
 */
public enum Quadrant {
    COOPERATIVE_AND_COORDINATED(true, true),
    COOPERATIVE_NOT_COORDINATED(true, false),
    COORDINATED_NOT_COOPERATIVE(false, true),
    NEITHER(false, false);

    private final boolean cooperative;
    private final boolean coordinated;

    Quadrant(boolean cooperative, boolean coordinated) {
        this.cooperative = cooperative;
        this.coordinated = coordinated;
    }

    public boolean cooperative() {
        return cooperative;
    }

    public boolean coordinated() {
        return coordinated;
    }

    public static Quadrant of(boolean cooperative, boolean coordinated) {
        for (Quadrant quadrant : values()) {
            if (quadrant.cooperative == cooperative && quadrant.coordinated == coordinated) {
                return quadrant;
            }
        }
        throw new AssertionError("every combination has a quadrant");
    }

    /**
     * The quadrant of a team from its means on the two questionnaires, each compared with its
     * own axis's threshold (at or above counts as high).
     *
     * @throws IllegalArgumentException when an axis is not the one its argument says, or a mean is NaN
     */
    public static Quadrant of(QuadrantAxis cooperation, double cooperationMean,
                              QuadrantAxis coordination, double coordinationMean) {
        requireAxis(cooperation, QuadrantAxis.COOPERATION);
        requireAxis(coordination, QuadrantAxis.COORDINATION);
        if (Double.isNaN(cooperationMean) || Double.isNaN(coordinationMean)) {
            throw new IllegalArgumentException("a team needs both means to be placed");
        }
        return of(cooperationMean >= cooperation.threshold(), coordinationMean >= coordination.threshold());
    }

    /** A team's mean on a questionnaire: the mean of its shown scale means (NaN when none). */
    public static double overallMean(Collection<TeamScale> scales) {
        return scales.stream().filter(TeamScale::shown).mapToDouble(TeamScale::mean).average().orElse(Double.NaN);
    }

    private static void requireAxis(QuadrantAxis axis, String expected) {
        if (axis == null || !expected.equals(axis.axis())) {
            throw new IllegalArgumentException("expected the " + expected + " axis, got " + axis);
        }
    }
}
