package org.concord.report.team;

import java.io.OutputStream;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.concord.report.ReportContent;
import org.concord.report.ReportKind;
import org.concord.security.AccessPolicy;

/**
 * A team report as a report job's content: the campaign's results are read on the job's
 * thread, for the teams the requester's access policy lets them see (decided when they asked,
 * on the request thread), then written sheet by sheet. The file is named after the campaign id.
 */
public final class TeamReportContent implements ReportContent {

    private final TeamReports reports;
    private final long campaignId;
    private final AccessPolicy policy;
    private final Locale locale;
    private final String title;
    private final String requestedBy;

    public TeamReportContent(TeamReports reports, long campaignId, AccessPolicy policy, Locale locale, String title,
                             String requestedBy) {
        this.reports = reports;
        this.campaignId = campaignId;
        this.policy = policy;
        this.locale = locale;
        this.title = title;
        this.requestedBy = requestedBy;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.TEAM_REPORT;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String subject() {
        return "campaign-" + campaignId;
    }

    @Override
    public String fileSubject() {
        return subject();
    }

    @Override
    public String requestedBy() {
        return requestedBy;
    }

    @Override
    public long total() {
        return 1 + TeamReportWorkbook.STEPS;
    }

    @Override
    public void write(OutputStream out, LongConsumer progress) throws Exception {
        TeamReportData data = reports.data(campaignId, policy)
                .orElseThrow(() -> new IllegalStateException("campaign " + campaignId + " has no team this reader may see"));
        progress.accept(1);
        TeamReportWorkbook.write(data, locale, out, done -> progress.accept(1 + done));
    }
}
