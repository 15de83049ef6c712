package org.concord.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.assessment.Progress;
import org.concord.assessment.QuestionnaireSource;
import org.concord.campaign.Campaign;
import org.concord.campaign.Instrument;
import org.concord.campaign.Team;
import org.concord.questionnaire.Questionnaire;
import org.concord.scoring.Disclosure;
import org.concord.scoring.Respondent;
import org.concord.scoring.ScoringPlan;
import org.concord.scoring.WaveResults;

/**
 * Computes a campaign wave's results from the stored answers, with the scoring engine: team
 * means, spread, agreement and the anonymity rule, reliability and ICC per scale. It reads a
 * bounded number of queries whatever the number of teams and respondents (one for the
 * assessments, one for their answers, per questionnaire), never one per row. Results are shown
 * team by team, never beside a total over the teams: a page or report must not show the
 * wave-wide mean of a scale (its reliability and ICC are fine), or a suppressed team could be
 * recovered by subtracting the others from it.
 */
@ApplicationScoped
@Transactional
public class CampaignResultsService {

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private QuestionnaireSource questionnaires;

    protected CampaignResultsService() {
        // for CDI
    }

    /** For use outside the server (tests). */
    public CampaignResultsService(EntityManager entityManager, QuestionnaireSource questionnaires) {
        this.entityManager = entityManager;
        this.questionnaires = questionnaires;
    }

    public Optional<CampaignResults> results(long campaignId) {
        return Optional.ofNullable(entityManager.find(Campaign.class, campaignId)).map(this::resultsOf);
    }

    private CampaignResults resultsOf(Campaign campaign) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> invited = new LinkedHashMap<>();
        Map<Long, Long> members = memberCounts(campaign);
        for (Team team : campaign.getTeams()) {
            names.put(team.getId().toString(), team.getName());
            invited.put(team.getId().toString(), team.getHeadcount() != null ? team.getHeadcount()
                    : members.getOrDefault(team.getId(), 0L).intValue());
        }
        Disclosure disclosure = new Disclosure(campaign.getMinGroupSize());
        List<WaveData> waves = new ArrayList<>();
        for (Instrument instrument : campaign.getInstruments()) {
            questionnaires.find(instrument.getQuestionnaireId(), instrument.getQuestionnaireVersion()).ifPresent(q -> {
                ScoringPlan plan = ScoringPlan.of(q);
                WaveResults results = WaveResults.of(plan, respondents(campaign, q, plan), disclosure, false);
                waves.add(new WaveData(q, results, names, invited));
            });
        }
        Optional<CampaignResults> previous = Optional.ofNullable(campaign.getPreviousWave()).map(this::resultsOf);
        return new CampaignResults(campaign.getId(), campaign.getName(), campaign.getWaveLabel(),
                campaign.getMinGroupSize(), List.copyOf(waves), previous);
    }

    /** How many members each of the campaign's teams lists, in one query. */
    private Map<Long, Long> memberCounts(Campaign campaign) {
        Map<Long, Long> counts = new HashMap<>();
        entityManager.createQuery("SELECT m.team.id, COUNT(m) FROM TeamMember m WHERE m.team IN"
                        + " (SELECT t FROM Campaign c JOIN c.teams t WHERE c = :campaign) GROUP BY m.team.id", Object[].class)
                .setParameter("campaign", campaign)
                .getResultStream()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The submitted respondents of one questionnaire in a campaign, with their answers, in two queries. */
    private List<Respondent> respondents(Campaign campaign, Questionnaire questionnaire, ScoringPlan plan) {
        List<Object[]> assessments = entityManager.createQuery(
                        "SELECT a.id, a.team.id FROM Assessment a WHERE a.campaign = :campaign"
                                + " AND a.questionnaireId = :q AND a.questionnaireVersion = :v AND a.progress = :submitted"
                                + " ORDER BY a.id", Object[].class)
                .setParameter("campaign", campaign)
                .setParameter("q", questionnaire.id())
                .setParameter("v", questionnaire.version())
                .setParameter("submitted", Progress.SUBMITTED)
                .getResultList();
        Map<Long, int[]> answers = new HashMap<>();
        Map<Long, String> teams = new LinkedHashMap<>();
        for (Object[] row : assessments) {
            int[] none = new int[questionnaire.items().size()];
            Arrays.fill(none, ScoringPlan.MISSING);
            answers.put((Long) row[0], none);
            teams.put((Long) row[0], row[1] == null ? null : row[1].toString());
        }
        entityManager.createQuery(
                        "SELECT a.id, KEY(x), VALUE(x) FROM Assessment a JOIN a.answers x WHERE a.campaign = :campaign"
                                + " AND a.questionnaireId = :q AND a.questionnaireVersion = :v AND a.progress = :submitted",
                        Object[].class)
                .setParameter("campaign", campaign)
                .setParameter("q", questionnaire.id())
                .setParameter("v", questionnaire.version())
                .setParameter("submitted", Progress.SUBMITTED)
                .getResultStream()
                .forEach(row -> {
                    int item = plan.itemIndex((String) row[1]);
                    if (item >= 0) {
                        answers.get((Long) row[0])[item] = ((Number) row[2]).intValue();
                    }
                });
        List<Respondent> respondents = new ArrayList<>(teams.size());
        teams.forEach((id, team) -> respondents.add(new Respondent(id.toString(), team, answers.get(id))));
        return respondents;
    }
}
