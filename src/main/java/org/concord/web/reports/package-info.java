/**
 * The reports page (team workbooks and raw exports, queued and archived) and the download of a
 * team's workbook.
 */
package org.concord.web.reports;
