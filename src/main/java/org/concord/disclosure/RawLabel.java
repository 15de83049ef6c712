package org.concord.disclosure;

/** What a raw export does with one team's rows in one wave. */
public enum RawLabel {
    /** Exported under the team's name: the team has at least k rows. */
    NAMED,
    /** Exported under "other teams": the wave's teams below k, pooled, reach k together. */
    POOLED,
    /** Left out: a team below k whose wave's small teams do not reach k together. */
    LEFT_OUT_SMALL,
    /** Left out: the wave is still open, and a raw export of it exists only once it closes. */
    LEFT_OUT_OPEN;

    public boolean exported() {
        return this == NAMED || this == POOLED;
    }
}
