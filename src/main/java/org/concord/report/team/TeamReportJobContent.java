package org.concord.report.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.concord.report.JobContent;
import org.concord.report.JobLedger;
import org.concord.report.ReportContent;
import org.concord.report.ReportKind;
import org.concord.security.AccessPolicy;
import org.concord.security.AccountService;

/**
 * Makes a team report's content from its job's row, on whichever instance claimed it: the teams
 * are those the requester's account may see when the job runs (a requester since disabled or
 * deleted gets nothing, the job fails).
 */
@ApplicationScoped
public class TeamReportJobContent implements JobContent {

    @Inject
    private TeamReports reports;

    @Inject
    private AccountService accounts;

    @Override
    public ReportKind kind() {
        return ReportKind.TEAM_REPORT;
    }

    @Override
    public ReportContent of(JobLedger.Asked asked) {
        AccessPolicy policy = accounts.caller(asked.requestedBy()).map(AccessPolicy::new)
                .orElseThrow(() -> new IllegalStateException("the requester of a team report is gone"));
        return new TeamReportContent(reports, asked.campaignId(), policy, asked.locale(), asked.title(), asked.requestedBy());
    }
}
