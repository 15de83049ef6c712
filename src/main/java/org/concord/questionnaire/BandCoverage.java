package org.concord.questionnaire;

import java.util.List;

/**
 * Checks that a scale's bands, in file order, run from lo to hi with each starting where the
 * previous one ends: a gap leaves scores without an interpretation, an overlap gives some two.
 * Maturity levels, where given, must be given for every band and not go down as the score goes up.
 */
final class BandCoverage {

    private static final double EPSILON = 1e-9;

    /** A band with the lines of its start, min, max and level, for the messages. */
    record At(Band band, int line, int minLine, int maxLine, int levelLine) {
    }

    private BandCoverage() {
    }

    static void check(String scale, List<BandCoverage.At> bands, ResponseFormat format, Problems problems) {
        Band first = bands.get(0).band();
        if (differ(first.min(), format.lo())) {
            problems.add(bands.get(0).minLine(), scale + " band '" + first.id() + "' starts at " + Numbers.format(first.min())
                    + ", but the bands must start at lo (" + format.lo() + "); set its min to " + format.lo());
        }
        for (int i = 1; i < bands.size(); i++) {
            Band previous = bands.get(i - 1).band();
            Band band = bands.get(i).band();
            int line = bands.get(i).minLine();
            String at = scale + " band '" + band.id() + "' starts at " + Numbers.format(band.min());
            if (band.min() > previous.max() + EPSILON) {
                problems.add(line, at + ", but band '" + previous.id() + "' ends at " + Numbers.format(previous.max())
                        + ": scores in between have no band; set its min to " + Numbers.format(previous.max()));
            } else if (band.min() < previous.max() - EPSILON) {
                problems.add(line, at + ", inside band '" + previous.id() + "' (which ends at "
                        + Numbers.format(previous.max()) + "): the bands overlap; set its min to "
                        + Numbers.format(previous.max()));
            }
            if (previous.level() != null && band.level() != null && band.level() < previous.level()) {
                problems.add(bands.get(i).levelLine(), scale + " band '" + band.id() + "' has level " + band.level() + ", below level "
                        + previous.level() + " of band '" + previous.id() + "' under it; levels must rise with the score");
            }
        }
        levels(scale, bands, problems);
        At top = bands.get(bands.size() - 1);
        if (differ(top.band().max(), format.hi())) {
            problems.add(top.maxLine(), scale + " band '" + top.band().id() + "' ends at " + Numbers.format(top.band().max())
                    + ", but the bands must end at hi (" + format.hi() + "); set its max to " + format.hi());
        }
    }

    /** Levels are all or nothing: a scale that reads as maturity levels must give every band one. */
    private static void levels(String scale, List<BandCoverage.At> bands, Problems problems) {
        if (bands.stream().noneMatch(b -> b.band().level() != null)) {
            return;
        }
        for (At band : bands) {
            if (band.band().level() == null) {
                problems.add(band.line(), scale + " band '" + band.band().id()
                        + "' has no level, but other bands of the scale have one; give every band a level, or none");
            }
        }
    }

    private static boolean differ(double a, double b) {
        return Math.abs(a - b) > EPSILON;
    }
}
