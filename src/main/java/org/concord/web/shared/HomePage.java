package org.concord.web.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.concord.campaign.CampaignService;
import org.concord.interview.CandidateRow;
import org.concord.interview.CandidateStatuses;
import org.concord.campaign.ResponseRate;
import org.concord.kernel.PageRequest;
import org.concord.results.TeamResultsIndex;
import org.concord.security.CurrentUser;
import org.concord.security.Role;

/**
 * Backs the home page ({@code /index.xhtml}) once somebody is signed in: one section per role
 * they hold, each with the first few items of their work (a recruiter's latest candidates, HR's
 * latest campaigns with their response rate, a manager's latest team results). Each list is
 * read only for a reader who holds that role, so nobody sees, or is offered a link to, what
 * they may not open.
 */
@Named
@RequestScoped
public class HomePage {

    /** How many items each section lists before "see all". */
    static final int SHOWN = 5;

    /** A campaign as the HR section shows it: its name, wave, closing day and response rate. */
    public record CampaignLine(long id, String name, String wave, LocalDate closesOn, ResponseRate rate) {

        public int invited() {
            return rate.invited();
        }

        public int submitted() {
            return rate.submitted();
        }

        /** Submitted over invited, in percent, as {@link ResponseRate} says it everywhere. */
        public int ratePercent() {
            return rate.percent();
        }
    }

    @Inject
    private CurrentUser user;

    @Inject
    private CandidateStatuses candidates;

    @Inject
    private CampaignService campaigns;

    @Inject
    private TeamResultsIndex teamResults;

    private List<CandidateRow> latestCandidates = List.of();
    private List<CampaignLine> latestCampaigns = List.of();
    private List<TeamResultsIndex.Line> latestTeamResults = List.of();

    @PostConstruct
    void load() {
        if (!user.isSignedIn()) {
            return;
        }
        if (has(Role.RECRUITER)) {
            latestCandidates = candidates.page(user.caller(), PageRequest.of(0, SHOWN)).rows();
        }
        if (has(Role.HR)) {
            latestCampaigns = campaigns.page(PageRequest.of(0, SHOWN)).rows().stream()
                    .map(row -> new CampaignLine(row.id(), row.name(), row.waveLabel(), row.closesOn(),
                            campaigns.rate(row.id())))
                    .toList();
        }
        if (has(Role.MANAGER)) {
            latestTeamResults = teamResults.linesFor(user.getUsername()).stream().limit(SHOWN).toList();
        }
    }

    /** Whether the signed-in reader holds {@code role}. */
    public boolean has(Role role) {
        return user.isSignedIn() && user.getRoles().contains(role);
    }

    public boolean isRecruiter() {
        return has(Role.RECRUITER);
    }

    public boolean isHr() {
        return has(Role.HR);
    }

    public boolean isManager() {
        return has(Role.MANAGER);
    }

    /** A candidate's status in the reader's language, as the candidate list words it. */
    public String status(CandidateRow row) {
        return Messages.text(row.status().key(), row.status().interviewed(), row.status().panel());
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public List<CandidateRow> getLatestCandidates() {
        return latestCandidates;
    }

    public List<CampaignLine> getLatestCampaigns() {
        return latestCampaigns;
    }

    public List<TeamResultsIndex.Line> getLatestTeamResults() {
        return latestTeamResults;
    }
}
