package org.concord.report.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import org.concord.report.Download;
import org.concord.report.ReportFiles;
import org.concord.report.ReportKind;
import org.concord.report.ReportTexts;
import org.concord.security.AuditTrail;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.concord.campaign.Campaign;
import org.concord.campaign.Team;
import org.concord.results.CampaignResultsService;
import org.concord.security.AccessPolicy;

/**
 * Gathers what a team report shows from the database: the campaign's results from
 * {@link CampaignResultsService} and the teams the reader may see, by the access policy (HR
 * all, a manager the teams they manage). A reader who may see none of the campaign's teams
 * gets no report at all.
 */
@ApplicationScoped
@Transactional
public class TeamReports {

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private CampaignResultsService results;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    protected TeamReports() {
        // for CDI
    }

    /**
     * The workbook of {@code data} in {@code locale} for {@code reader} to download at once; its
     * generation and download are audited in this transaction, once the workbook is written.
     */
    public Download download(TeamReportData data, Locale locale, String reader) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TeamReportWorkbook.write(data, locale, out, done -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String title = ReportTexts.of(locale).format("report.team.title", data.results().name(), data.results().waveLabel());
        String fileName = ReportFiles.name(ReportKind.TEAM_REPORT, "campaign-" + data.results().campaignId(), clock.instant(), "xlsx");
        audit.record(reader, "report.generated", title, "team report, " + data.teams().size() + " team(s), direct download");
        audit.record(reader, "report.downloaded", title, fileName);
        return new Download(fileName, out.toByteArray());
    }

    /** The report's data for {@code policy}'s reader; empty when the campaign is unknown or none of its teams is theirs. */
    public Optional<TeamReportData> data(long campaignId, AccessPolicy policy) {
        Instant at = clock.instant();
        List<String> visible = visibleTeams(campaignId, policy);
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        return results.results(campaignId).map(r -> new TeamReportData(r, visible, at));
    }

    /** The ids of the campaign's teams {@code policy}'s reader may see, by team name. */
    public List<String> visibleTeams(long campaignId, AccessPolicy policy) {
        Campaign campaign = entityManager.find(Campaign.class, campaignId);
        if (campaign == null) {
            return List.of();
        }
        return campaign.getTeams().stream()
                .filter(team -> policy.canSeeTeamManagedBy(team.getManagerUsername()))
                .map(Team::getId).map(String::valueOf).toList();
    }
}
