/**
 * Interviewing a candidate: self-report links and kiosk mode, each interviewer's ratings and
 * notes, and the candidate profile read from stored scores (bands, clipped intervals,
 * percentiles against a large enough norm group, agreement between interviewers).
 */
package org.concord.interview;
