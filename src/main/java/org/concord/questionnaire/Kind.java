package org.concord.questionnaire;

/**
 * Who answers a questionnaire: the candidate about themself, an interviewer about the
 * candidate, or a team member about their team. The kind decides which journeys may use it.
 */
public enum Kind {
    SELF_REPORT("self-report"),
    INTERVIEWER_RATED("interviewer-rated"),
    TEAM_MEMBER("team-member");

    private final String code;

    Kind(String code) {
        this.code = code;
    }

    /** The spelling used in questionnaire files. */
    public String code() {
        return code;
    }

    /** The kind spelled {@code code} in a file, or null when there is none. */
    public static Kind fromCode(String code) {
        for (Kind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        return null;
    }
}
