package org.concord.candidate;

/**
 * What a recruiter enters to bring in a candidate: who they are, the position, how many days
 * their data is kept, and the consent text exactly as it was shown to the candidate (in their
 * language, with the position and the days filled in), with whether the candidate agreed.
 */
public record NewCandidate(String name, String email, String position, int retentionDays,
                           String consentText, boolean consentGiven) {
}
