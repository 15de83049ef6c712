/**
 * The scoring engine, pure Java: keyed scale scores, reliability, team agreement (rwg(j) as R
 * computes it), ICC, norms, standard errors with clipped intervals, change between waves
 * (MeanChange) and for one person (Change), quadrant and advice, the careless-responding indices
 * and review flag of an answered questionnaire (QualityIndices, Review), the reliability of
 * interview panels and interviewers' severity (PanelReliability), and the small-sample rules. No
 * Jakarta, no POI, no JDBC.
 */
package org.concord.scoring;
