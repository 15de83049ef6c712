package org.concord.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which raw rows leave, and under which name: small teams pooled or left out, nothing of an open wave. */
class RawReleaseTest {

    private static RawLabel label(Map<RawRelease.Key, RawLabel> labels, long wave, Long team) {
        return labels.get(new RawRelease.Key(wave, team));
    }

    @Test
    void aTeamAtTheThresholdIsNamedAndSmallTeamsArePooledWhenTheyReachItTogether() {
        Map<RawRelease.Key, RawLabel> labels = RawRelease.decide(List.of(
                new RawGroup(1, 10L, 3, true, 3), new RawGroup(1, 11L, 2, true, 3), new RawGroup(1, 12L, 1, true, 3)));
        assertEquals(RawLabel.NAMED, label(labels, 1, 10L));
        assertEquals(RawLabel.POOLED, label(labels, 1, 11L));
        assertEquals(RawLabel.POOLED, label(labels, 1, 12L));
    }

    @Test
    void smallTeamsTooFewEvenTogetherAreLeftOut() {
        Map<RawRelease.Key, RawLabel> labels = RawRelease.decide(List.of(
                new RawGroup(1, 10L, 4, true, 3), new RawGroup(1, 11L, 1, true, 3), new RawGroup(1, null, 1, true, 3)));
        assertEquals(RawLabel.LEFT_OUT_SMALL, label(labels, 1, 11L));
        assertEquals(RawLabel.LEFT_OUT_SMALL, label(labels, 1, null));
    }

    @Test
    void poolsAreDrawnPerWaveWithEachWavesThreshold() {
        Map<RawRelease.Key, RawLabel> labels = RawRelease.decide(List.of(
                new RawGroup(1, 10L, 2, true, 3), new RawGroup(2, 10L, 2, true, 3), new RawGroup(3, 20L, 4, true, 5)));
        assertEquals(RawLabel.LEFT_OUT_SMALL, label(labels, 1, 10L), "two waves' small teams never pool together");
        assertEquals(RawLabel.LEFT_OUT_SMALL, label(labels, 3, 20L), "4 is below that wave's threshold of 5");
    }

    @Test
    void nothingOfAnOpenWaveLeaves() {
        Map<RawRelease.Key, RawLabel> labels = RawRelease.decide(List.of(new RawGroup(1, 10L, 30, false, 3)));
        assertEquals(RawLabel.LEFT_OUT_OPEN, label(labels, 1, 10L));
    }
}
