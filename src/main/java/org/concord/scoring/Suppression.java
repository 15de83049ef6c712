package org.concord.scoring;

/** Why a group's result is not shown. */
public enum Suppression {
    /** Fewer respondents than the minimum group size. */
    TOO_FEW_RESPONDENTS,
    /** The wave is still open: results are released when it closes, never while answers arrive. */
    WAVE_OPEN
}
