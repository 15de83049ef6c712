package org.concord.web.reports;

import org.concord.kernel.Refusal;
import org.concord.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.concord.catalog.QuestionnaireLibrary;
import org.concord.config.Limits;
import org.concord.database.Submissions;
import org.concord.questionnaire.Kind;
import org.concord.questionnaire.Questionnaire;
import org.concord.report.JobLedger;
import org.concord.report.Report;
import org.concord.report.ReportArchive;
import org.concord.report.ReportFiles;
import org.concord.report.ReportJob;
import org.concord.report.ReportJobs;
import org.concord.report.ReportOrders;
import org.concord.report.ReportKind;
import org.concord.report.ReportSubjects;
import org.concord.security.CurrentUser;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.concord.web.shared.FormKey;
import org.concord.web.shared.Dates;
import org.concord.web.shared.LanguageSelection;

/**
 * Backs the Reports page: the archive of generated workbooks (what, about what, who, when,
 * size) with their downloads, and the forms that start a raw export or a campaign's team
 * report and follow the job with a progress bar (a repeated post of the same form starts
 * nothing more: see {@link FormKey}), and the jobs a crash cut short, each with a retry. The raw export holds individual answers, so the page is for HR only (see
 * AccessRules); the services write every generation (once the file exists) and download to
 * the audit trail, inside the transaction of what they record.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A campaign as the form offers it. */
    public record Choice(long id, String label) implements Serializable {
    }

    @Inject
    private Submissions submissions;

    @Inject
    private Limits limits;

    @Inject
    private ReportArchive archive;
    @Inject
    private ReportJobs jobs;
    @Inject
    private ReportOrders orders;
    @Inject
    private ReportSubjects subjects;
    @Inject
    private QuestionnaireLibrary library;
    @Inject
    private LanguageSelection language;
    @Inject
    private CurrentUser user;


    private List<Report> reports;
    private List<Choice> campaigns;
    private String questionnaire;
    private Long campaign;
    private Long teamCampaign;
    private String jobId;
    private List<JobLedger.Failed> failedJobs;

    @PostConstruct
    void load() {
        reports = archive.all();
        campaigns = subjects.campaigns().stream()
                .map(c -> new Choice(c.getId(), c.getName() + " (" + c.getWaveLabel() + ")")).toList();
        questionnaire = defaultQuestionnaire(library.all());
    }

    /** The questionnaire chosen at first: one teams answer, whose export holds rows (an interview form exports none). */
    static String defaultQuestionnaire(List<Questionnaire> all) {
        return all.stream().filter(q -> q.kind() == Kind.TEAM_MEMBER).findFirst()
                .or(() -> all.stream().filter(q -> q.kind() != Kind.INTERVIEWER_RATED).findFirst())
                .map(Questionnaire::key).orElse(null);
    }

    /** Starts the raw export chosen in the form. */
    public void generate() {
        Questionnaire chosen = library.all().stream().filter(q -> q.key().equals(questionnaire)).findFirst().orElse(null);
        if (chosen == null) {
            return;
        }
        if (!submissions.once(FormKey.of("report.raw"), "report.raw", () -> "started").repeat()) {
            jobId = orders.rawExport(chosen, campaign, language.getLocale(), user.getUsername());
        }
        Messages.info("reports.started");
    }

    /** Starts the team report of the campaign chosen in the second form, for the teams the user may see. */
    public void generateTeamReport() {
        if (teamCampaign == null) {
            return;
        }
        if (!submissions.once(FormKey.of("report.team"), "report.team", () -> "started").repeat()) {
            jobId = orders.teamReport(teamCampaign, user.policy(), language.getLocale(), user.getUsername());
        }
        Messages.info("reports.started");
    }

    /**
     * Asks again for a job that failed or was cut short by a crash, with what it was asked for
     * (in the reader's language, under the reader's name and rights); it leaves the list.
     */
    public void retry(JobLedger.Failed failed) {
        if (!jobs.retrying(failed.id())) {
            return;
        }
        if (failed.kind() == ReportKind.RAW_EXPORT) {
            questionnaire = failed.questionnaire();
            campaign = failed.campaignId();
            generate();
        } else if (failed.kind() == ReportKind.TEAM_REPORT) {
            teamCampaign = failed.campaignId();
            generateTeamReport();
        }
        failedJobs = null;
    }

    /** The jobs that failed or were cut short, newest first, each with a retry. */
    public List<JobLedger.Failed> getFailedJobs() {
        if (failedJobs == null) {
            failedJobs = jobs.failed();
        }
        return failedJobs;
    }

    public String when(JobLedger.Failed failed) {
        return Dates.format(failed.startedAt(), language.getLocale());
    }

    /** Called when the progress bar reaches 100%: says how the job ended and lists the new file. */
    public void finished() {
        jobs.find(jobId).ifPresent(job -> {
            if (job.state() == ReportJob.State.DONE && job.reportId() != null) {
                Messages.info("reports.done",
                        archive.find(job.reportId()).map(Report::getTitle).orElse(""));
            } else {
                Messages.error("reports.failed");
            }
        });
        reports = archive.all();
        failedJobs = null;
    }

    public StreamedContent download(Report report) {
        var file = archive.download(report.getId(), user.getUsername())
                .orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, "reports.gone"));
        return DefaultStreamedContent.builder()
                .name(report.getFileName())
                .contentType(ReportFiles.XLSX_CONTENT_TYPE)
                .contentLength(report.getSizeBytes())
                .stream(() -> {
                    try {
                        return Files.newInputStream(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    /** The running job's progress, 0..100 (0 before any job). */
    public int getProgress() {
        return jobs.find(jobId).map(JobLedger.Status::percent).orElse(0);
    }

    /** The archived report's title in the reader's language (see {@link ReportTitles}). */
    public String title(Report report) {
        return ReportTitles.inLanguage(report.getTitle(), language.getLocale());
    }

    /** A failed job's title in the reader's language. */
    public String titleOfFailed(JobLedger.Failed failed) {
        return ReportTitles.inLanguage(failed.title(), language.getLocale());
    }

    public String when(Report report) {
        return Dates.format(report.getGeneratedAt(), language.getLocale());
    }

    public String size(Report report) {
        long bytes = report.getSizeBytes();
        return bytes < 1024 * 1024 ? Math.max(1, (bytes + 1023) / 1024) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public int getRetentionDays() {
        return limits.reportRetentionDays();
    }

    public List<Report> getReports() {
        return reports;
    }

    public List<Choice> getCampaigns() {
        return campaigns;
    }

    public List<Questionnaire> getQuestionnaires() {
        return library.all();
    }

    public String getQuestionnaire() {
        return questionnaire;
    }

    public void setQuestionnaire(String questionnaire) {
        this.questionnaire = questionnaire;
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }

    public Long getTeamCampaign() {
        return teamCampaign;
    }

    public void setTeamCampaign(Long teamCampaign) {
        this.teamCampaign = teamCampaign;
    }
}
