package org.concord.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.assessment.Assessment;
import org.concord.assessment.Progress;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.scoring.Agreement;
import org.concord.scoring.Estimate;
import org.concord.scoring.InterviewProbes;
import org.concord.scoring.LowScale;
import org.concord.scoring.RespondentScorer;
import org.concord.scoring.ScaleScore;
import org.concord.scoring.ScoringPlan;
import org.concord.security.Caller;

/**
 * Builds a candidate's {@link CandidateProfile} for the viewer, from the stored answers and
 * scores with the scoring engine. The reference sample of a questionnaire version is every
 * submitted assessment of it (all candidates' self-reports; all interviewers' ratings): its
 * alpha and SD give each score its 95% interval, its scores the percentile rank. It reads a
 * bounded number of queries whatever the number of stored assessments.
 */
@ApplicationScoped
@Transactional
public class ProfileService {

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private CandidateService candidates;

    @Inject
    private Instruments instruments;

    protected ProfileService() {
        // for CDI
    }

    /** For use outside the server (tests). */
    public ProfileService(EntityManager entityManager, Instruments instruments, Clock clock) {
        this.entityManager = entityManager;
        this.instruments = instruments;
        this.candidates = new CandidateService(entityManager, clock);
    }

    public CandidateProfile profile(Optional<Caller> caller, long candidateId) {
        Candidate candidate = candidates.open(caller, candidateId);
        Caller viewer = CandidateAccess.signedIn(caller);
        List<Assessment> all = entityManager.createNamedQuery("Assessment.findByCandidate", Assessment.class)
                .setParameter("candidate", candidate).getResultList();
        Optional<Assessment> selfReport = all.stream().filter(a -> a.getRaterUsername() == null).findFirst();
        Questionnaire selfReportQuestionnaire = selfReport.map(instruments::of).orElseGet(instruments::selfReport);
        List<ScaleResult> selfReportScales = List.of();
        List<LowScale> low = List.of();
        if (selfReport.isPresent() && selfReport.get().isSubmitted()) {
            selfReportScales = results(selfReport.get(), selfReportQuestionnaire, references(selfReportQuestionnaire));
            low = InterviewProbes.of(selfReportQuestionnaire, scores(selfReport.get(), selfReportQuestionnaire));
        }
        boolean mayRate = CandidateAccess.mayRate(viewer, candidate);
        List<Assessment> interviews = all.stream().filter(a -> a.getRaterUsername() != null).toList();
        Optional<Assessment> own = interviews.stream().filter(a -> a.getRaterUsername().equals(viewer.username())).findFirst();
        boolean othersVisible = !mayRate || own.isPresent() && own.get().isSubmitted();
        List<Assessment> visible = interviews.stream()
                .filter(a -> a == own.orElse(null) || othersVisible && a.isSubmitted())
                .toList();
        Questionnaire interview = interviews.isEmpty() ? instruments.interview() : instruments.of(interviews.get(0));
        Map<String, ScaleReference> interviewReferences = visible.isEmpty() ? Map.of() : references(interview);
        List<RaterResult> raters = new ArrayList<>();
        for (Assessment rated : visible) {
            Questionnaire q = instruments.of(rated);
            raters.add(new RaterResult(rated.getRaterUsername(), rated.getRaterUsername().equals(viewer.username()),
                    rated.isSubmitted(), rated.isSubmitted() ? results(rated, q, interviewReferences) : List.of(),
                    ratings(rated, q)));
        }
        List<Assessment> agreeing = visible.stream().filter(Assessment::isSubmitted).toList();
        return new CandidateProfile(candidate, CandidateAccess.mayManage(viewer, candidate), mayRate,
                selfReport.map(Assessment::getProgress).orElse(null), selfReportQuestionnaire, selfReportScales, low,
                interview, raters, interviews.size() - visible.size(), agreement(interview, agreeing));
    }

    private static List<ScaleResult> results(Assessment assessment, Questionnaire questionnaire,
                                             Map<String, ScaleReference> references) {
        ScoringPlan plan = ScoringPlan.of(questionnaire);
        List<ScaleResult> results = new ArrayList<>();
        for (int s = 0; s < plan.scaleCount(); s++) {
            String scale = plan.scale(s).id();
            results.add(ScaleResult.of(assessment.getScores().get(scale), plan, s, references.get(scale)));
        }
        return results;
    }

    private static Map<String, ScaleScore> scores(Assessment assessment, Questionnaire questionnaire) {
        return new RespondentScorer(ScoringPlan.of(questionnaire)).score(assessment.getAnswers());
    }

    private static List<RaterResult.Rating> ratings(Assessment assessment, Questionnaire questionnaire) {
        List<RaterResult.Rating> ratings = new ArrayList<>();
        for (Item item : questionnaire.items()) {
            ratings.add(new RaterResult.Rating(item, assessment.getAnswers().get(item.id()), assessment.getNotes().get(item.id())));
        }
        return ratings;
    }

    /** Per interview scale: each interviewer's score, their range, and rwg(j) across them. */
    private static List<ScaleAgreement> agreement(Questionnaire questionnaire, List<Assessment> submitted) {
        if (submitted.size() < 2) {
            return List.of();
        }
        ScoringPlan plan = ScoringPlan.of(questionnaire);
        RespondentScorer scorer = new RespondentScorer(plan);
        List<int[]> answers = submitted.stream().map(a -> scorer.answers(a.getAnswers())).toList();
        List<ScaleAgreement> agreement = new ArrayList<>();
        for (int s = 0; s < plan.scaleCount(); s++) {
            List<ScaleAgreement.RaterScore> scores = new ArrayList<>();
            double lowest = Double.POSITIVE_INFINITY;
            double highest = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < submitted.size(); r++) {
                double score = plan.scaleScore(answers.get(r), s);
                scores.add(new ScaleAgreement.RaterScore(submitted.get(r).getRaterUsername(), Double.isNaN(score) ? null : score));
                if (!Double.isNaN(score)) {
                    lowest = Math.min(lowest, score);
                    highest = Math.max(highest, score);
                }
            }
            Double range = highest >= lowest && scores.stream().filter(x -> x.score() != null).count() >= 2 ? highest - lowest : null;
            Estimate rwgj = Agreement.rwgj(answers, plan.itemsOf(s), questionnaire.responseFormat().points());
            agreement.add(new ScaleAgreement(plan.scale(s), scores, range, rwgj));
        }
        return agreement;
    }

    /** Every scale's reference statistics over all submitted assessments of this version. */
    Map<String, ScaleReference> references(Questionnaire questionnaire) {
        ScoringPlan plan = ScoringPlan.of(questionnaire);
        List<int[]> respondents = submittedAnswers(questionnaire, plan);
        Map<String, ScaleReference> references = new LinkedHashMap<>();
        for (int s = 0; s < plan.scaleCount(); s++) {
            references.put(plan.scale(s).id(), ScaleReference.of(plan, s, respondents));
        }
        return references;
    }

    /** The answers of every submitted assessment of one questionnaire version, in two queries. */
    private List<int[]> submittedAnswers(Questionnaire questionnaire, ScoringPlan plan) {
        Map<Long, int[]> answers = new HashMap<>();
        entityManager.createQuery("SELECT a.id FROM Assessment a WHERE a.questionnaireId = :q"
                        + " AND a.questionnaireVersion = :v AND a.progress = :submitted", Long.class)
                .setParameter("q", questionnaire.id())
                .setParameter("v", questionnaire.version())
                .setParameter("submitted", Progress.SUBMITTED)
                .getResultStream()
                .forEach(id -> {
                    int[] none = new int[plan.itemCount()];
                    Arrays.fill(none, ScoringPlan.MISSING);
                    answers.put(id, none);
                });
        entityManager.createQuery("SELECT a.id, KEY(x), VALUE(x) FROM Assessment a JOIN a.answers x"
                        + " WHERE a.questionnaireId = :q AND a.questionnaireVersion = :v AND a.progress = :submitted",
                        Object[].class)
                .setParameter("q", questionnaire.id())
                .setParameter("v", questionnaire.version())
                .setParameter("submitted", Progress.SUBMITTED)
                .getResultStream()
                .forEach(row -> {
                    int item = plan.itemIndex((String) row[1]);
                    int[] respondent = answers.get((Long) row[0]);
                    if (item >= 0 && respondent != null) {
                        respondent[item] = ((Number) row[2]).intValue();
                    }
                });
        return new ArrayList<>(answers.values());
    }
}
