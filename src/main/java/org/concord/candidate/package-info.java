/**
 * Candidates of a recruiter: who they are, their stored consent and retention date, who owns
 * them and who sits on their interview panel, and who may open, manage or rate them. Answer
 * sheets refer to a candidate; the interview work built on those sheets lives in
 * {@code interview}.
 */
package org.concord.candidate;
