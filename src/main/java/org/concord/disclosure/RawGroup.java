package org.concord.disclosure;

/**
 * The rows a raw export would hold for one team in one wave: the wave, the team (null for
 * rows in no team), how many non-blank submitted questionnaires, whether the wave is released
 * (closed), and the wave's anonymity threshold.
 */
public record RawGroup(long wave, Long team, int rows, boolean released, int threshold) {
}
