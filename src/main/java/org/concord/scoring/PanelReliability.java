package org.concord.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How reliable the interview panels of one interview questionnaire version are, over every
 * candidate rated by at least two interviewers. Per scale: ICC(1), the reliability of one
 * interviewer's scale score, and ICC(2), that of the panel mean, by the same one-way ANOVA as
 * the team ICC ({@link Icc}: candidates as groups, interviewers as members, k = the mean panel
 * size), over the candidates with at least two scores on the scale; and how many interviewers
 * a panel needs for a reliability of {@value #TARGET} by Spearman-Brown, m = T (1 - ICC(1)) /
 * (ICC(1) (1 - T)). Per interviewer and scale: their severity, the mean over the candidates
 * they rated with others of their score minus the mean of the other interviewers' scores on
 * that candidate (below 0: harsher than their colleagues), with the number of those candidates.
 */
public record PanelReliability(List<ScaleReliability> scales, List<Severity> severities) {

    /** The reliability a panel should reach. */
    public static final double TARGET = 0.80;

    public PanelReliability {
        scales = List.copyOf(scales);
        severities = List.copyOf(severities);
    }

    /** One interviewer's submitted scale scores of one candidate, in scale order (NaN where missing). */
    public record Rating(String candidate, String interviewer, double[] scores) {
    }

    /**
     * One scale's reliability over {@code candidates} candidates and {@code ratings} scores.
     *
     * @param panelFor80 the interviewers a panel needs for 0.80, unrounded; not available when ICC(1) is not above 0
     */
    public record ScaleReliability(String scale, Icc icc, int candidates, int ratings, Estimate panelFor80) {

        /** The mean panel size k of the ICC; 0 without candidates. */
        public double meanPanel() {
            return candidates == 0 ? 0 : (double) ratings / candidates;
        }

        /** The whole number of interviewers that reaches 0.80 (m rounded up, at least 1); 0 when not available. */
        public int interviewersNeeded() {
            return panelFor80.available() ? Math.max(1, (int) Math.ceil(panelFor80.value() - 1e-9)) : 0;
        }
    }

    /** An interviewer's severity on a scale over {@code candidates} candidates shared with others. */
    public record Severity(String interviewer, String scale, Estimate severity, int candidates) {
    }

    /** The panel reliability of {@code ratings} on the scales {@code scales} (their ids, in order). */
    public static PanelReliability of(List<String> scales, List<Rating> ratings) {
        Map<String, List<Rating>> byCandidate = new LinkedHashMap<>();
        for (Rating rating : ratings) {
            byCandidate.computeIfAbsent(rating.candidate(), c -> new ArrayList<>()).add(rating);
        }
        byCandidate.values().removeIf(panel -> panel.size() < 2);
        List<ScaleReliability> reliabilities = new ArrayList<>();
        Map<String, Map<String, double[]>> differences = new TreeMap<>();
        for (int s = 0; s < scales.size(); s++) {
            List<double[]> groups = new ArrayList<>();
            int scores = 0;
            for (List<Rating> panel : byCandidate.values()) {
                double[] scored = scored(panel, s);
                if (scored.length >= 2) {
                    groups.add(scored);
                    scores += scored.length;
                    severity(panel, s, scales.get(s), differences);
                }
            }
            Icc icc = Icc.of(groups);
            reliabilities.add(new ScaleReliability(scales.get(s), icc, groups.size(), scores, panelFor80(icc.icc1())));
        }
        List<Severity> severities = new ArrayList<>();
        differences.forEach((interviewer, byScale) -> {
            for (String scale : scales) {
                double[] sumAndCount = byScale.get(scale);
                severities.add(sumAndCount == null
                        ? new Severity(interviewer, scale, Estimate.notAvailable(Unavailable.NO_SHARED_CANDIDATES), 0)
                        : new Severity(interviewer, scale, Estimate.of(sumAndCount[0] / sumAndCount[1]), (int) sumAndCount[1]));
            }
        });
        return new PanelReliability(reliabilities, severities);
    }

    /** The severities of one interviewer, in scale order; empty when they rated no candidate with another. */
    public List<Severity> severitiesOf(String interviewer) {
        return severities.stream().filter(s -> s.interviewer().equals(interviewer)).toList();
    }

    private static double[] scored(List<Rating> panel, int s) {
        return panel.stream().mapToDouble(r -> r.scores()[s]).filter(x -> !Double.isNaN(x)).toArray();
    }

    /** Adds each interviewer's score minus the mean of the others' on this candidate to their running sum. */
    private static void severity(List<Rating> panel, int s, String scale, Map<String, Map<String, double[]>> differences) {
        double total = 0;
        int n = 0;
        for (Rating rating : panel) {
            if (!Double.isNaN(rating.scores()[s])) {
                total += rating.scores()[s];
                n++;
            }
        }
        for (Rating rating : panel) {
            double own = rating.scores()[s];
            if (!Double.isNaN(own)) {
                double others = (total - own) / (n - 1);
                double[] sumAndCount = differences.computeIfAbsent(rating.interviewer(), i -> new LinkedHashMap<>())
                        .computeIfAbsent(scale, x -> new double[2]);
                sumAndCount[0] += own - others;
                sumAndCount[1]++;
            }
        }
    }

    private static Estimate panelFor80(Estimate icc1) {
        if (!icc1.available()) {
            return icc1;
        }
        if (!(icc1.value() > 0)) {
            return Estimate.notAvailable(Unavailable.ICC_NOT_POSITIVE, TARGET);
        }
        return Estimate.of(TARGET * (1 - icc1.value()) / (icc1.value() * (1 - TARGET)));
    }
}
