package org.concord.web.manager;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concord.kernel.Refusal;
import org.concord.results.TeamReport;
import org.concord.results.TeamReportService;
import org.concord.security.CurrentUser;
import org.concord.web.shared.ChartJson;
import org.concord.web.shared.LanguageSelection;
import org.concord.web.shared.Messages;
import org.concord.web.shared.Who;

/**
 * Backs {@code /manager/team.xhtml?campaign=&team=}: one team's results for HR or the team's
 * own manager (anyone else is refused before anything is computed), in the reader's language,
 * with the charts' JSON (a before/after chart for each questionnaire when the team has two waves). A team below the anonymity threshold gets the message and no number.
 */
@Named
@RequestScoped
public class TeamResultsPage {

    @Inject
    private TeamReportService reports;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LanguageSelection language;

    private Long campaign;
    private Long team;
    private TeamReport report;
    private boolean forbidden;
    private String quadrantChart;
    private String radarChart;
    private List<String> changeCharts = List.of();

    /** Loads the report (the page's view action). */
    public void load() {
        if (campaign == null || team == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        try {
            report = reports.report(campaign, team, language.getLocale(),
                    manager -> Who.maySeeTeamManagedBy(currentUser, manager)).orElse(null);
        } catch (Refusal refusal) {
            forbidden = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
            return;
        }
        if (report == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
        if (report != null && report.quadrant() != null) {
            quadrantChart = ChartJson.quadrant(report.quadrant(), report.team(), Messages.text("hr.results.coordinationAxis"),
                    Messages.text("hr.results.cooperationAxis"));
        }
        if (report != null && !report.mechanisms().isEmpty()) {
            double lo = report.quadrant() != null ? report.quadrant().lo() : 1;
            double hi = report.quadrant() != null ? report.quadrant().hi() : 5;
            radarChart = ChartJson.radar(report.mechanisms(), report.team(), lo, hi);
        }
        if (report != null && report.previousWave() != null) {
            double lo = report.quadrant() != null ? report.quadrant().lo() : 1;
            double hi = report.quadrant() != null ? report.quadrant().hi() : 5;
            changeCharts = report.changes().stream().map(c -> ChartJson.change(c, Messages.text("hr.results.chartBefore"),
                    Messages.text("hr.results.chartAfter"), lo, hi)).toList();
        }
    }

    public TeamReport getReport() {
        return report;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public String getQuadrantChart() {
        return quadrantChart;
    }

    public String getRadarChart() {
        return radarChart;
    }

    /** The before/after chart of each of {@code getReport().changes()}, in the same order. */
    public List<String> getChangeCharts() {
        return changeCharts;
    }

    /** How tall {@code change}'s chart is drawn, in rem (it grows with its scales). */
    public double changeHeight(TeamReport.ChangeSection change) {
        return ChartJson.changeHeight(change);
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }

    public Long getTeam() {
        return team;
    }

    public void setTeam(Long team) {
        this.team = team;
    }
}
