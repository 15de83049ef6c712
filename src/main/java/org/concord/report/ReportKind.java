package org.concord.report;

/**
 * The kinds of report Concord generates, each with who may receive it. Only aggregate kinds
 * may ever go to a manager; {@link #RAW_EXPORT} holds individual rows and is for HR only, and
 * {@link #CANDIDATE_REPORT} is about one person.
 */
public enum ReportKind {
    /** Every answer and score of one questionnaire version, one row per assessment: HR analysts only. */
    RAW_EXPORT("raw-export"),
    /** A campaign's team results, charts, change and advice, teams below the anonymity threshold withheld: HR, or a manager for their own teams. */
    TEAM_REPORT("team-report"),
    /** One candidate's scores, interview ratings and answers: for whoever may open the candidate's page (their recruiter, the interview panel, HR). */
    CANDIDATE_REPORT("candidate-report");

    private final String code;

    ReportKind(String code) {
        this.code = code;
    }

    /** How file names and message keys name the kind. */
    public String code() {
        return code;
    }
}
