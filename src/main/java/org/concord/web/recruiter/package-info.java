/**
 * The recruiter's pages: the candidate list and page, a new candidate, the interview sheet,
 * the kiosk in which a candidate answers at the recruiter's screen, the candidate's charts and
 * workbook.
 */
package org.concord.web.recruiter;
