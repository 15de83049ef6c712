package org.concord.interview;

import org.concord.questionnaire.Questionnaire;
import org.concord.scoring.PanelReliability;

/**
 * The reliability of the interview panels of one interview questionnaire version: per scale
 * ICC(1), ICC(2) and the panel size that reaches 0.80, and every interviewer's severity, over
 * the stored scale scores of every candidate with at least two submitted interviews.
 */
public record InterviewReliability(Questionnaire questionnaire, PanelReliability panels) {
}
