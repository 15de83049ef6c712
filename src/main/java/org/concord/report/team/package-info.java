/**
 * The team report workbook of a closed wave: summary, quadrant, coordination mechanisms, change
 * between waves, item statistics and recommendations, all from what the disclosure gate published
 * for the teams the reader may see.
 */
package org.concord.report.team;
