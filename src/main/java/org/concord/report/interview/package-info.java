/**
 * HR's workbook of interview reliability: per interview questionnaire version, each scale's
 * ICC(1), ICC(2) and panel size for 0.80, and every interviewer's severity.
 */
package org.concord.report.interview;
