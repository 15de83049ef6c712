package org.concord.web.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Locale;
import org.concord.report.Download;
import org.concord.report.ReportFiles;
import org.concord.report.ReportTexts;
import org.concord.report.team.TeamReportData;
import org.concord.report.team.TeamReports;
import org.concord.security.CurrentUser;
import org.concord.web.shared.LanguageSelection;

/**
 * Backs {@code /manager/team-report.xhtml?campaign=}, the team report as a direct download
 * linked from a team's results page: generated on the spot (it is small) for the teams the
 * signed-in person may see, so a manager gets their own teams and no other, HR every team of
 * the campaign. A plain GET, so it needs no form state. Not archived; both the generation and
 * the download go to the audit trail.
 */
@Named
@RequestScoped
public class TeamReportDownload {

    @Inject
    private TeamReports reports;
    @Inject
    private CurrentUser user;
    @Inject
    private LanguageSelection language;

    private Long campaign;

    /**
     * The page's view action: sends the workbook of {@code campaign} for the signed-in person
     * as an attachment, 404 when none of its teams is theirs (or it does not exist), 409 while
     * the wave is open (results are released when it closes).
     */
    public void send() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        TeamReportData data = campaign == null || !user.isSignedIn() ? null : reports.data(campaign, user.policy()).orElse(null);
        if (data == null) {
            external.responseSendError(404, "no team report for you here");
            faces.responseComplete();
            return;
        }
        Locale locale = language.getLocale();
        if (!data.results().released()) {
            external.responseSendError(409, ReportTexts.of(locale).format("reports.team.open"));
            faces.responseComplete();
            return;
        }
        Download download = reports.download(data, locale, user.getUsername());
        external.responseReset();
        external.setResponseContentType(ReportFiles.XLSX_CONTENT_TYPE);
        external.setResponseContentLength(download.content().length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
        external.getResponseOutputStream().write(download.content());
        faces.responseComplete();
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }
}
