/**
 * What every in-memory report sheet shares: tables with headings and paragraphs, cell styles, and
 * native charts that every spreadsheet program draws.
 */
package org.concord.report.workbook;
