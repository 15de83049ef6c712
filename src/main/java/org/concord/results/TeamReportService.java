package org.concord.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.concord.campaign.Campaign;
import org.concord.campaign.InvitationService;
import org.concord.kernel.Refusal;
import org.concord.campaign.TeamCompletion;
import org.concord.campaign.Team;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;
import org.concord.scoring.Advice;
import org.concord.scoring.Estimate;
import org.concord.scoring.Quadrant;
import org.concord.scoring.TeamResult;
import org.concord.scoring.TeamScale;
import org.concord.scoring.WeakestMechanism;

/**
 * Turns a campaign's published results ({@link CampaignResultsService}, through the disclosure
 * gate) into one team's report in the reader's language, for HR and for the team's own manager
 * only: the caller's rule is asked with the team's manager before anything is computed.
 * Nothing is recomputed here; numbers the gate withholds never reach the report, and while the
 * wave is open the report holds the team's counts only.
 */
@ApplicationScoped
@Transactional
public class TeamReportService {

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private CampaignResultsService results;

    @Inject
    private InvitationService invitations;

    protected TeamReportService() {
        // for CDI
    }

    /**
     * The report of {@code teamId} in {@code campaignId}; empty when either does not exist or the
     * team is not in the campaign.
     *
     * @param maySeeTeamManagedBy the caller's rule, given the team's manager user name
     * @throws Refusal {@code hr.results.notYourTeam} when the caller may not see this team
     */
    public Optional<TeamReport> report(long campaignId, long teamId, Locale locale, Predicate<String> maySeeTeamManagedBy) {
        Campaign campaign = entityManager.find(Campaign.class, campaignId);
        Team team = entityManager.find(Team.class, teamId);
        if (campaign == null || team == null || !campaign.getTeams().contains(team)) {
            return Optional.empty();
        }
        if (!maySeeTeamManagedBy.test(team.getManagerUsername())) {
            throw Refusal.of(Refusal.Kind.FORBIDDEN, "hr.results.notYourTeam");
        }
        String language = "fr".equals(locale.getLanguage()) ? "fr" : "en";
        CampaignResults wave = results.results(campaignId).orElseThrow();
        if (!wave.released()) {
            TeamCompletion completion = invitations.completion(campaignId).stream()
                    .filter(c -> c.teamId() == teamId).findFirst().orElse(null);
            return Optional.of(new TeamReport(campaignId, campaign.getName(), campaign.getWaveLabel(), teamId,
                    team.getName(), wave.minGroupSize(), false, wave.closesOn(), completion, List.of(), null, List.of(),
                    null, null, List.of(), 0));
        }
        String id = String.valueOf(teamId);
        List<TeamReport.Section> sections = new ArrayList<>();
        for (WaveData data : wave.questionnaires()) {
            sections.add(section(data, id, language));
        }
        Optional<TeamResult> cooperation = wave.cooperation().flatMap(d -> shown(d, id));
        Optional<TeamResult> coordination = wave.coordination().flatMap(d -> shown(d, id));
        TeamReport.QuadrantView quadrant = null;
        List<TeamReport.Mechanism> mechanisms = List.of();
        org.concord.scoring.Recommendation recommendation = null;
        if (coordination.isPresent()) {
            mechanisms = mechanisms(wave.coordination().get().questionnaire(), coordination.get(), language);
        }
        if (cooperation.isPresent() && coordination.isPresent()) {
            quadrant = quadrant(wave.cooperation().get().questionnaire(), cooperation.get(),
                    wave.coordination().get().questionnaire(), coordination.get(), locale);
            Questionnaire maturity = wave.coordination().get().questionnaire();
            recommendation = new Advice(locale).recommend(quadrant.quadrant(),
                    WeakestMechanism.of(maturity, means(coordination.get())));
        }
        List<TeamReport.ChangeSection> changes = new ArrayList<>();
        wave.previousWave().ifPresent(previous -> {
            for (WaveData after : wave.questionnaires()) {
                previous.questionnaire(after.questionnaire().id())
                        .filter(before -> before.questionnaire().version() == after.questionnaire().version())
                        .ifPresent(before -> change(before, after, id, language).ifPresent(changes::add));
            }
        });
        return Optional.of(new TeamReport(campaignId, campaign.getName(), campaign.getWaveLabel(), teamId, team.getName(),
                wave.minGroupSize(), true, wave.closesOn(), null, sections, quadrant, mechanisms, recommendation,
                wave.previousWave().map(CampaignResults::waveLabel).orElse(null), changes,
                wave.questionnaires().stream().filter(WaveData::flaggedLeftOut).mapToInt(WaveData::flagged).sum()));
    }

    private static Optional<TeamResult> shown(WaveData data, String teamId) {
        return CampaignResults.team(data, teamId).filter(TeamResult::shown);
    }

    private static TeamReport.Section section(WaveData data, String teamId, String language) {
        Questionnaire questionnaire = data.questionnaire();
        String title = questionnaire.title().in(language);
        Optional<TeamResult> result = shown(data, teamId);
        if (result.isEmpty()) {
            return new TeamReport.Section(questionnaire.id(), title, false, 0, List.of());
        }
        List<TeamReport.ScaleRow> rows = new ArrayList<>();
        for (TeamScale scale : result.get().scales()) {
            if (scale.shown()) {
                Scale definition = questionnaire.scale(scale.scale()).orElseThrow();
                var band = definition.bandOf(scale.mean());
                rows.add(new TeamReport.ScaleRow(scale.scale(), definition.name().in(language), scale.n(), scale.mean(),
                        band.label().in(language), band.low(), value(scale.rwgj()), scale.lowAgreement()));
            }
        }
        return new TeamReport.Section(questionnaire.id(), title, true, result.get().n(), rows);
    }

    private static List<TeamReport.Mechanism> mechanisms(Questionnaire maturity, TeamResult team, String language) {
        List<TeamReport.Mechanism> mechanisms = new ArrayList<>();
        for (TeamScale scale : team.scales()) {
            Scale definition = maturity.scale(scale.scale()).orElseThrow();
            if (scale.shown() && WeakestMechanism.GROUP.equals(definition.group())) {
                mechanisms.add(new TeamReport.Mechanism(scale.scale(), definition.name().in(language), scale.mean(),
                        definition.bandOf(scale.mean()).label().in(language)));
            }
        }
        return mechanisms;
    }

    private static TeamReport.QuadrantView quadrant(Questionnaire climate, TeamResult cooperation,
                                                    Questionnaire maturity, TeamResult coordination, Locale locale) {
        double x = Quadrant.overallMean(coordination.scales());
        double y = Quadrant.overallMean(cooperation.scales());
        Quadrant quadrant = Quadrant.of(climate.quadrant(), y, maturity.quadrant(), x);
        return new TeamReport.QuadrantView(x, maturity.quadrant().threshold(), coordination.n(),
                y, climate.quadrant().threshold(), cooperation.n(),
                maturity.responseFormat().lo(), maturity.responseFormat().hi(), quadrant, new Advice(locale).summary(quadrant));
    }

    private static Map<String, Double> means(TeamResult team) {
        Map<String, Double> means = new HashMap<>();
        team.scales().stream().filter(TeamScale::shown).forEach(s -> means.put(s.scale(), s.mean()));
        return means;
    }

    private static Optional<TeamReport.ChangeSection> change(WaveData before, WaveData after, String teamId, String language) {
        List<ScaleChange> changes = ScaleChange.of(before, after, teamId);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        Questionnaire questionnaire = after.questionnaire();
        List<TeamReport.ChangeRow> rows = new ArrayList<>();
        for (ScaleChange change : changes) {
            Scale scale = questionnaire.scale(change.scale()).orElseThrow();
            rows.add(new TeamReport.ChangeRow(scale.name().in(language),
                    change.before(), scale.bandOf(change.before()).label().in(language),
                    change.after(), scale.bandOf(change.after()).label().in(language),
                    change.difference(), value(change.change().ciLow()), value(change.change().ciHigh()),
                    value(change.change().d()), value(change.change().dLow()), value(change.change().dHigh()),
                    change.reliable()));
        }
        return Optional.of(new TeamReport.ChangeSection(questionnaire.title().in(language),
                CampaignResults.team(before, teamId).orElseThrow().n(), CampaignResults.team(after, teamId).orElseThrow().n(),
                rows));
    }

    private static Double value(Estimate estimate) {
        return estimate.available() ? estimate.value() : null;
    }
}
