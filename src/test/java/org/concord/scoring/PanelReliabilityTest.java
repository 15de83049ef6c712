package org.concord.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Panel reliability against the ICC test vector of psychometrics.md (R's multilevel::ICC1 and
 * ICC2, candidates as the groups), Spearman-Brown worked by hand, and hand-worked severities.
 */
class PanelReliabilityTest {

    private static final double NAN = Double.NaN;

    private static List<PanelReliability.Rating> panels(double[][] panels) {
        List<PanelReliability.Rating> ratings = new ArrayList<>();
        for (int c = 0; c < panels.length; c++) {
            for (int i = 0; i < panels[c].length; i++) {
                ratings.add(new PanelReliability.Rating("c" + c, "i" + i, new double[] {panels[c][i]}));
            }
        }
        return ratings;
    }

    @Test
    void theIccsAreTheTeamIccsWithCandidatesAsGroups() {
        PanelReliability reliability = PanelReliability.of(List.of("s"),
                panels(new double[][] {{3.2, 3.8, 3.5, 4.0}, {2.1, 2.6, 2.4}, {4.4, 4.1, 4.6, 4.8, 4.2}}));
        PanelReliability.ScaleReliability scale = reliability.scales().get(0);
        assertEquals(0.9135653210, scale.icc().icc1().value(), 1e-9);
        assertEquals(0.9768934231, scale.icc().icc2().value(), 1e-9);
        assertEquals(3, scale.candidates());
        assertEquals(12, scale.ratings());
        assertEquals(4.0, scale.meanPanel(), 0.0);
        // m = 0.8 (1 - r) / (0.2 r)
        double r = 0.9135653210;
        assertEquals(4 * (1 - r) / r, scale.panelFor80().value(), 1e-8);
        assertEquals(1, scale.interviewersNeeded());
    }

    @Test
    void aModestIccNeedsALargerPanel() {
        // panels {3, 4} {2, 4} {4, 5}: means 3.5, 3, 4.5, grand 11/3; SSB = 2 (1/36 + 4/9 + 25/36) = 7/3, MSB = 7/6;
        // SSW = 0.5 + 2 + 0.5 = 3, MSW = 1; k = 2: ICC(1) = (7/6 - 1) / (7/6 + 1) = 1/13
        PanelReliability.ScaleReliability scale = PanelReliability.of(List.of("s"),
                panels(new double[][] {{3, 4}, {2, 4}, {4, 5}})).scales().get(0);
        assertEquals(1 / 13.0, scale.icc().icc1().value(), 1e-12);
        assertEquals((7 / 6.0 - 1) / (7 / 6.0), scale.icc().icc2().value(), 1e-12);
        assertEquals(4 * (12 / 13.0) / (1 / 13.0), scale.panelFor80().value(), 1e-9);
        assertEquals(48, scale.interviewersNeeded());
    }

    @Test
    void candidatesWithOneInterviewerAreLeftOutAndANonPositiveIccNeedsNoPanel() {
        // the one-interviewer candidate is ignored; within-panel spread exceeds the between-panel one
        PanelReliability.ScaleReliability scale = PanelReliability.of(List.of("s"),
                panels(new double[][] {{1, 5}, {5, 1}, {3}})).scales().get(0);
        assertEquals(2, scale.candidates());
        assertFalse(scale.panelFor80().available());
        assertEquals(Unavailable.TEAM_MEANS_CONSTANT, scale.panelFor80().why());
        PanelReliability.ScaleReliability negative = PanelReliability.of(List.of("s"),
                panels(new double[][] {{1, 5}, {4, 1}})).scales().get(0);
        assertEquals(Unavailable.ICC_NOT_POSITIVE, negative.panelFor80().why());
        assertEquals(0, negative.interviewersNeeded());
    }

    @Test
    void severityIsOnesScoreMinusTheOthersMeanOverSharedCandidates() {
        List<PanelReliability.Rating> ratings = List.of(
                new PanelReliability.Rating("x", "ann", new double[] {4, 2}),
                new PanelReliability.Rating("x", "bob", new double[] {2, 2}),
                new PanelReliability.Rating("y", "ann", new double[] {3, NAN}),
                new PanelReliability.Rating("y", "bob", new double[] {3, 4}),
                new PanelReliability.Rating("y", "cy", new double[] {1, 3}),
                new PanelReliability.Rating("z", "cy", new double[] {5, 5}));
        PanelReliability reliability = PanelReliability.of(List.of("s", "t"), ratings);
        // s: ann x 4 - 2 = 2, y 3 - (3 + 1)/2 = 1; bob x -2, y 3 - 2 = 1; cy y 1 - 3 = -2 (z has no panel)
        assertSeverity(reliability, "ann", 0, 1.5, 2);
        assertSeverity(reliability, "bob", 0, -0.5, 2);
        assertSeverity(reliability, "cy", 0, -2.0, 1);
        // t: ann x 0 (y missing); bob x 0, y 4 - 3 = 1; cy y 3 - 4 = -1
        assertSeverity(reliability, "ann", 1, 0.0, 1);
        assertSeverity(reliability, "bob", 1, 0.5, 2);
        assertSeverity(reliability, "cy", 1, -1.0, 1);
        assertEquals(List.of("ann", "ann", "bob", "bob", "cy", "cy"),
                reliability.severities().stream().map(PanelReliability.Severity::interviewer).toList());
    }

    @Test
    void anInterviewerWhoSharesNoCandidateOnAScaleHasNoSeverityThere() {
        List<PanelReliability.Rating> ratings = List.of(
                new PanelReliability.Rating("x", "ann", new double[] {4, NAN}),
                new PanelReliability.Rating("x", "bob", new double[] {2, 2}));
        PanelReliability.Severity annT = PanelReliability.of(List.of("s", "t"), ratings).severitiesOf("ann").get(1);
        assertEquals(Unavailable.NO_SHARED_CANDIDATES, annT.severity().why());
        assertEquals(0, annT.candidates());
    }

    private static void assertSeverity(PanelReliability reliability, String interviewer, int scale, double severity, int n) {
        PanelReliability.Severity got = reliability.severitiesOf(interviewer).get(scale);
        assertEquals(severity, got.severity().value(), 1e-12, interviewer + " " + got.scale());
        assertEquals(n, got.candidates());
    }
}
