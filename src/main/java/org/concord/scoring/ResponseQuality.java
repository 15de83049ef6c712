package org.concord.scoring;

/**
 * How carefully one questionnaire seems to have been answered, by four careless-responding
 * indices (Curran 2016; R package careless), all over the scored items only (attention items
 * are checked apart and left out of every index): {@code longstring}, the longest run of
 * identical consecutive raw answers in questionnaire order, an unanswered item ending a run;
 * {@code irv}, the standard deviation (n - 1) of the raw answers given; {@code evenodd}, the
 * Spearman-Brown corrected correlation across scales of the means of each scale's odd- and
 * even-positioned keyed items; {@code mahalanobis}, D² of the keyed answers against the
 * complete cases of the same questionnaire version. See {@link QualityIndices} for how each is
 * computed and when it is not available.
 */
public record ResponseQuality(int longstring, Estimate irv, Estimate evenodd, Estimate mahalanobis) implements java.io.Serializable {
}
