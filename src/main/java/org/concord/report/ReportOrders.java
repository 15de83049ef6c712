package org.concord.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.concord.campaign.Campaign;
import org.concord.kernel.Refusal;
import org.concord.questionnaire.Questionnaire;
import org.concord.report.team.TeamReports;
import org.concord.security.AccessPolicy;

/**
 * Orders the two reports HR asks for, a raw data export and a campaign's team report, the one
 * way the Reports page and the API both take: the campaign must exist and its wave be closed
 * (results are released at the close), a team report must have a team its asker may see, the
 * archive's title is written in the asker's language, and the job is queued on {@link ReportJobs}.
 * Anything that stops an order is a {@link Refusal} on the {@code campaignId} field or a conflict.
 */
@ApplicationScoped
public class ReportOrders {

    @Inject
    private ReportJobs jobs;

    @Inject
    private ReportSubjects subjects;

    @Inject
    private TeamReports teamReports;

    @Inject
    private Clock clock;

    /** Queues the raw export of {@code questionnaire}, of one closed wave or (null) of all, and returns its job's id. */
    public String rawExport(Questionnaire questionnaire, Long campaignId, Locale locale, String asker) {
        ReportTexts texts = ReportTexts.of(locale);
        String about = texts.get("report.raw.allCampaigns");
        if (campaignId != null) {
            Campaign campaign = closed(campaignId, "reports.raw.open");
            about = campaign.getName() + " (" + campaign.getWaveLabel() + ")";
        }
        String title = texts.format("report.raw.title",
                questionnaire.title().in(texts.language()) + " " + questionnaire.key(), about);
        return jobs.startRawExport(new ReportJob.Request(questionnaire, campaignId, title, locale, asker));
    }

    /**
     * Queues the team report of a closed wave and returns its job's id; the job reads the asker's
     * rights again from their account when it runs, on whichever instance claims it.
     */
    public String teamReport(long campaignId, AccessPolicy policy, Locale locale, String asker) {
        Campaign campaign = closed(campaignId, "reports.team.open");
        if (teamReports.visibleTeams(campaign.getId(), policy).isEmpty()) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "reports.team.none");
        }
        String title = ReportTexts.of(locale).format("report.team.title", campaign.getName(), campaign.getWaveLabel());
        return jobs.start(new JobLedger.Asked(ReportKind.TEAM_REPORT, title, asker, null, campaign.getId(), locale));
    }

    private Campaign closed(long campaignId, String stillOpen) {
        Campaign campaign = subjects.campaign(campaignId)
                .orElseThrow(() -> new Refusal("api.campaign.notFound").on("campaignId"));
        if (!campaign.isClosedOn(LocalDate.now(clock))) {
            throw Refusal.of(Refusal.Kind.CONFLICT, stillOpen);
        }
        return campaign;
    }
}
