/**
 * The candidate report workbook: summary with scale scores, bands, intervals, percentiles and the
 * interview panel, each interviewer's ratings and notes, and the answers with their keyed values;
 * made with exactly what the reader may see on the candidate page.
 */
package org.concord.report.candidate;
