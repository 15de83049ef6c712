package org.concord.scoring;

/**
 * Why a self-report is flagged for review, one reason per rule: an attention item was not
 * answered as it asked; the longest run of equal answers covers at least half the items; the
 * Mahalanobis D² exceeds the chi-square 0.999 quantile for the number of items; the
 * questionnaire took under {@value Review#MIN_SECONDS_PER_ITEM} seconds per answered item
 * (Huang et al. 2012). Each is a reason to look again, never a verdict.
 */
public enum ReviewReason {
    ATTENTION_MISSED,
    LONGSTRING,
    MAHALANOBIS,
    TOO_FAST
}
