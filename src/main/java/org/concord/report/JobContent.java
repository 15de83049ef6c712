package org.concord.report;

/**
 * Makes a report job's content from what was asked for, as written in the job's row: so that
 * whichever instance claims a job can run it, each kind of report has one such bean (the raw
 * export's here, the team report's in {@code report.team}). Rights are read again from the
 * requester's account when the job runs.
 */
public interface JobContent {

    /** The kind of report this bean makes. */
    ReportKind kind();

    /** The content for {@code asked}; throws when it can no longer be made (the requester or questionnaire is gone). */
    ReportContent of(JobLedger.Asked asked);
}
