package org.concord.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.kernel.Progress;
import org.concord.catalog.QuestionnaireSource;
import org.concord.campaign.Campaign;
import org.concord.campaign.Instrument;
import org.concord.campaign.Team;
import org.concord.questionnaire.Questionnaire;
import org.concord.disclosure.DisclosureGate;
import org.concord.disclosure.PublishedWave;
import org.concord.disclosure.Response;
import org.concord.disclosure.WaveAnswers;
import org.concord.scoring.QualityIndices;
import org.concord.scoring.Review;
import org.concord.scoring.ScoringPlan;

/**
 * Reads a campaign wave's stored answers and scale scores (the scores as they were stored at
 * submission, with their scoring version: never re-derived with today's plan) and hands them
 * to the {@link DisclosureGate}, which alone decides and computes what may be published: team
 * results, organisation figures, nothing while the wave is open. Once released it also counts the
 * questionnaires the review rules flag, and leaves them out before the gate when HR chose so
 * while the wave was open. It reads a bounded number of
 * queries whatever the number of teams and respondents (assessments, answers and scores, per
 * questionnaire), never one per row.
 */
@ApplicationScoped
@Transactional
public class CampaignResultsService {

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private QuestionnaireSource questionnaires;

    @Inject
    private Clock clock;

    protected CampaignResultsService() {
        // for CDI
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
        boolean released = campaign.isClosedOn(LocalDate.now(clock));
        DisclosureGate gate = new DisclosureGate(campaign.getMinGroupSize());
        List<WaveData> waves = new ArrayList<>();
        for (Instrument instrument : campaign.getInstruments()) {
            questionnaires.find(instrument.getQuestionnaireId(), instrument.getQuestionnaireVersion()).ifPresent(q -> {
                ScoringPlan plan = ScoringPlan.of(q);
                List<Response> responses = released ? responses(campaign, q, plan) : List.of();
                List<Response> flagged = flagged(plan, responses);
                if (campaign.isLeaveOutFlagged()) {
                    responses = responses.stream().filter(r -> !flagged.contains(r)).toList();
                }
                PublishedWave published = gate.publish(new WaveAnswers(plan, List.copyOf(names.keySet()), responses, released));
                waves.add(new WaveData(q, published, names, invited, flagged.size(), campaign.isLeaveOutFlagged()));
            });
        }
        Optional<CampaignResults> previous = Optional.ofNullable(campaign.getPreviousWave()).map(this::resultsOf);
        return new CampaignResults(campaign.getId(), campaign.getName(), campaign.getWaveLabel(),
                gate.threshold(), released, campaign.getClosesOn(), List.copyOf(waves), previous);
    }

    /**
     * The responses the review rules flag (attention item missed, a run over half the items,
     * Mahalanobis D² beyond the chi-square 0.999 quantile against the wave's own complete cases;
     * campaign answers keep no time, so never "too fast"); blank responses count nowhere.
     */
    private static List<Response> flagged(ScoringPlan plan, List<Response> responses) {
        List<Response> answered = responses.stream().filter(r -> !r.blank()).toList();
        QualityIndices indices = QualityIndices.of(plan, answered.stream().map(Response::answers).toList());
        return answered.stream().filter(r -> Review.of(indices, r.answers(), null).flagged()).toList();
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

    /** The submitted responses to one questionnaire in a campaign, with their answers and stored scores, in three queries. */
    private List<Response> responses(Campaign campaign, Questionnaire questionnaire, ScoringPlan plan) {
        Map<Long, int[]> answers = new HashMap<>();
        Map<Long, double[]> scores = new HashMap<>();
        Map<Long, String> teams = new LinkedHashMap<>();
        for (Object[] row : submitted("SELECT a.id, a.team.id FROM Assessment a", campaign, questionnaire)) {
            int[] none = new int[plan.itemCount()];
            Arrays.fill(none, ScoringPlan.MISSING);
            double[] missing = new double[plan.scaleCount()];
            Arrays.fill(missing, Double.NaN);
            answers.put((Long) row[0], none);
            scores.put((Long) row[0], missing);
            teams.put((Long) row[0], row[1] == null ? null : row[1].toString());
        }
        for (Object[] row : submitted("SELECT a.id, KEY(x), VALUE(x) FROM Assessment a JOIN a.answers x", campaign, questionnaire)) {
            int item = plan.itemIndex((String) row[1]);
            if (item >= 0) {
                answers.get((Long) row[0])[item] = ((Number) row[2]).intValue();
            }
        }
        Map<String, Integer> scaleIndex = new HashMap<>();
        for (int s = 0; s < plan.scaleCount(); s++) {
            scaleIndex.put(plan.scale(s).id(), s);
        }
        for (Object[] row : submitted("SELECT a.id, KEY(x), x.score FROM Assessment a JOIN a.scores x", campaign, questionnaire)) {
            Integer scale = scaleIndex.get((String) row[1]);
            if (scale != null && row[2] != null) {
                scores.get((Long) row[0])[scale] = ((Number) row[2]).doubleValue();
            }
        }
        List<Response> responses = new ArrayList<>(teams.size());
        teams.forEach((id, team) -> responses.add(new Response(team, answers.get(id), scores.get(id))));
        return responses;
    }

    private List<Object[]> submitted(String select, Campaign campaign, Questionnaire questionnaire) {
        return entityManager.createQuery(select + " WHERE a.campaign = :campaign AND a.questionnaireId = :q"
                        + " AND a.questionnaireVersion = :v AND a.progress = :submitted ORDER BY a.id", Object[].class)
                .setParameter("campaign", campaign)
                .setParameter("q", questionnaire.id())
                .setParameter("v", questionnaire.version())
                .setParameter("submitted", Progress.SUBMITTED)
                .getResultList();
    }
}
