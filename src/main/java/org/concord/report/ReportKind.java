package org.concord.report;

/**
 * The kinds of report Concord generates, each with who may receive it. Only aggregate kinds
 * may ever go to a manager; {@link #RAW_EXPORT} holds individual rows and is for HR only.
 */
public enum ReportKind {
    /** Every answer and score of one questionnaire version, one row per assessment: HR analysts only. */
    RAW_EXPORT("raw-export");

    private final String code;

    ReportKind(String code) {
        this.code = code;
    }

    /** How file names and message keys name the kind. */
    public String code() {
        return code;
    }
}
