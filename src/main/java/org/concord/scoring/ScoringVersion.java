package org.concord.scoring;

/**
 * The version of the scoring rules in this package. A stored score records the version it was
 * computed with, so that a later change to keying, missing-data or rounding rules never
 * silently rewrites old results: bump {@link #CURRENT} whenever a score could come out
 * differently for the same answers.
 */
public final class ScoringVersion {

    /** The rules implemented now. */
    public static final String CURRENT = "1";

    private ScoringVersion() {
    }
}
