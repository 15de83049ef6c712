package org.concord.candidate;

import java.util.Locale;

/**
 * What the candidate's recruiter decided after the assessment: advance the candidate to the next
 * step, hold them (no answer yet), or decline them. Recorded with a reason on the candidate.
 */
public enum Decision {
    ADVANCE, HOLD, DECLINE;

    /** The decision as the audit trail and the JSON export write it: {@code advance}, {@code hold}, {@code decline}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
