/**
 * Excel reports: the streaming XlsxWriter, the raw data export for HR analysts (through the
 * disclosure gate: closed waves only, small teams pooled or left out, rows numbered in an order
 * drawn per export), report jobs on the managed executor with progress, recorded so a crash
 * leaves no half job, and the archive in reports/ with retention.
 */
package org.concord.report;
