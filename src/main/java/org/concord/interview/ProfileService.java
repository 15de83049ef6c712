package org.concord.interview;

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
import java.util.stream.Collectors;
import org.concord.assessment.Assessment;
import org.concord.kernel.Progress;
import org.concord.assessment.StoredScore;
import org.concord.config.Limits;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.scoring.Agreement;
import org.concord.scoring.Estimate;
import org.concord.scoring.InterviewProbes;
import org.concord.scoring.LowScale;
import org.concord.scoring.QualityIndices;
import org.concord.scoring.Review;
import org.concord.scoring.RespondentScorer;
import org.concord.scoring.ScoringPlan;
import org.concord.security.Caller;
import org.concord.candidate.Candidate;
import org.concord.candidate.CandidateAccess;
import org.concord.candidate.CandidateService;

/**
 * Builds a candidate's {@link CandidateProfile} for the viewer. Every score it shows is the
 * scale score stored at submission, with the scoring version that computed it (as the raw
 * export reads them): nothing is re-scored from the answers with today's rules. The reference
 * sample of a score is every submitted assessment of the same questionnaire version and
 * scoring version (all candidates' self-reports; all interviewers' ratings): its stored scores
 * are the norm group of the percentile rank, their SD and the alpha of its answers give each
 * score its 95% interval, within the small-sample rules of {@link ScaleReference}; the norm
 * group's minimum comes from {@code concord.norms.minimum}. Agreement between interviewers
 * (rwg(j)) is over their answers, item by item. A submitted self-report's {@link Review} is
 * computed from its stored answers and answering time when read. It reads a bounded number of queries whatever
 * the number of stored assessments.
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

    @Inject
    private Limits limits;

    protected ProfileService() {
        // for CDI
    }

    public CandidateProfile profile(Optional<Caller> caller, long candidateId) {
        Candidate candidate = candidates.open(caller, candidateId);
        Caller viewer = CandidateAccess.signedIn(caller);
        List<Assessment> all = entityManager.createNamedQuery("Assessment.findByCandidate", Assessment.class)
                .setParameter("candidate", candidate).getResultList();
        int minimum = limits.normsMinimum();
        Map<String, Map<String, ScaleReference>> references = new HashMap<>();
        Optional<Assessment> selfReport = all.stream().filter(a -> a.getRaterUsername() == null).findFirst();
        Questionnaire selfReportQuestionnaire = selfReport.map(instruments::of).orElseGet(instruments::selfReport);
        List<ScaleResult> selfReportScales = List.of();
        List<LowScale> low = List.of();
        Review review = null;
        if (selfReport.isPresent() && selfReport.get().isSubmitted()) {
            selfReportScales = results(selfReport.get(), selfReportQuestionnaire, references, minimum);
            review = review(selfReport.get(), selfReportQuestionnaire);
            low = InterviewProbes.of(selfReportQuestionnaire, selfReportScales.stream()
                    .collect(Collectors.toMap(r -> r.scale().id(), r -> r.interpretation().score())));
        }
        boolean mayRate = CandidateAccess.mayRate(viewer, candidate);
        List<Assessment> interviews = all.stream().filter(a -> a.getRaterUsername() != null).toList();
        Optional<Assessment> own = interviews.stream().filter(a -> a.getRaterUsername().equals(viewer.username())).findFirst();
        boolean othersVisible = !mayRate || own.isPresent() && own.get().isSubmitted();
        List<Assessment> visible = interviews.stream()
                .filter(a -> a == own.orElse(null) || othersVisible && a.isSubmitted())
                .toList();
        Questionnaire interview = interviews.isEmpty() ? instruments.interview() : instruments.of(interviews.get(0));
        List<RaterResult> raters = new ArrayList<>();
        for (Assessment rated : visible) {
            Questionnaire q = instruments.of(rated);
            raters.add(new RaterResult(rated.getRaterUsername(), rated.getRaterUsername().equals(viewer.username()),
                    rated.isSubmitted(), rated.isSubmitted() ? results(rated, q, references, minimum) : List.of(),
                    ratings(rated, q)));
        }
        List<Assessment> agreeing = visible.stream().filter(Assessment::isSubmitted).toList();
        return new CandidateProfile(candidate, CandidateAccess.mayManage(viewer, candidate), mayRate,
                selfReport.map(Assessment::getProgressSeen).orElse(null), selfReportQuestionnaire, selfReportScales, low, review,
                interview, raters, interviews.size() - visible.size(), agreement(interview, agreeing), minimum);
    }

    /**
     * The review of a submitted self-report, from its stored answers and answering time, with
     * every submitted answer of the same questionnaire version (and scoring version, as the norm
     * group) as the reference sample of Mahalanobis D².
     */
    private Review review(Assessment selfReport, Questionnaire questionnaire) {
        ScoringPlan plan = ScoringPlan.of(questionnaire);
        QualityIndices indices = QualityIndices.of(plan, submittedAnswers(questionnaire, selfReport.getScoringVersion(), plan));
        return Review.of(indices, new RespondentScorer(plan).answers(selfReport.getAnswers()), selfReport.answeringTime());
    }

    /** The stored scores of a submitted assessment against the reference sample of its version and scoring version. */
    private List<ScaleResult> results(Assessment assessment, Questionnaire questionnaire,
                                      Map<String, Map<String, ScaleReference>> references, int minimum) {
        Map<String, ScaleReference> sample = references.computeIfAbsent(
                questionnaire.key() + "/" + assessment.getScoringVersion(),
                key -> references(questionnaire, assessment.getScoringVersion(), minimum));
        ScoringPlan plan = ScoringPlan.of(questionnaire);
        List<ScaleResult> results = new ArrayList<>();
        for (int s = 0; s < plan.scaleCount(); s++) {
            String scale = plan.scale(s).id();
            results.add(ScaleResult.of(assessment.getScores().get(scale), plan, s, sample.get(scale)));
        }
        return results;
    }

    private static List<RaterResult.Rating> ratings(Assessment assessment, Questionnaire questionnaire) {
        List<RaterResult.Rating> ratings = new ArrayList<>();
        for (Item item : questionnaire.items()) {
            ratings.add(new RaterResult.Rating(item, assessment.getAnswers().get(item.id()), assessment.getNotes().get(item.id())));
        }
        return ratings;
    }

    /** Per interview scale: each interviewer's stored score, their range, and rwg(j) over their answers. */
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
            for (Assessment rated : submitted) {
                StoredScore stored = rated.getScores().get(plan.scale(s).id());
                Double score = stored == null ? null : stored.getScore();
                scores.add(new ScaleAgreement.RaterScore(rated.getRaterUsername(), score));
                if (score != null) {
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

    /** Every scale's reference statistics over the submitted assessments of this version and scoring version. */
    Map<String, ScaleReference> references(Questionnaire questionnaire, String scoringVersion, int minimum) {
        ScoringPlan plan = ScoringPlan.of(questionnaire);
        List<int[]> respondents = submittedAnswers(questionnaire, scoringVersion, plan);
        Map<String, List<Double>> stored = storedScores(questionnaire, scoringVersion);
        Map<String, ScaleReference> references = new LinkedHashMap<>();
        for (int s = 0; s < plan.scaleCount(); s++) {
            String scale = plan.scale(s).id();
            double[] scores = stored.getOrDefault(scale, List.of()).stream().mapToDouble(Double::doubleValue).toArray();
            references.put(scale, ScaleReference.of(plan, s, respondents, scores, minimum));
        }
        return references;
    }

    /** The stored scale scores (missing ones left out) of every submitted assessment of one version, by scale. */
    private Map<String, List<Double>> storedScores(Questionnaire questionnaire, String scoringVersion) {
        Map<String, List<Double>> scores = new HashMap<>();
        entityManager.createQuery("SELECT KEY(s), s.score FROM Assessment a JOIN a.scores s"
                        + " WHERE a.questionnaireId = :q AND a.questionnaireVersion = :v AND a.progress = :submitted"
                        + " AND a.scoringVersion = :scoring AND s.score IS NOT NULL", Object[].class)
                .setParameter("q", questionnaire.id())
                .setParameter("v", questionnaire.version())
                .setParameter("submitted", Progress.SUBMITTED)
                .setParameter("scoring", scoringVersion)
                .getResultStream()
                .forEach(row -> scores.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(((Number) row[1]).doubleValue()));
        return scores;
    }

    /** The answers of every submitted assessment of one questionnaire and scoring version, in two queries. */
    private List<int[]> submittedAnswers(Questionnaire questionnaire, String scoringVersion, ScoringPlan plan) {
        Map<Long, int[]> answers = new HashMap<>();
        entityManager.createQuery("SELECT a.id FROM Assessment a WHERE a.questionnaireId = :q"
                        + " AND a.questionnaireVersion = :v AND a.progress = :submitted AND a.scoringVersion = :scoring", Long.class)
                .setParameter("q", questionnaire.id())
                .setParameter("v", questionnaire.version())
                .setParameter("submitted", Progress.SUBMITTED)
                .setParameter("scoring", scoringVersion)
                .getResultStream()
                .forEach(id -> {
                    int[] none = new int[plan.itemCount()];
                    Arrays.fill(none, ScoringPlan.MISSING);
                    answers.put(id, none);
                });
        entityManager.createQuery("SELECT a.id, KEY(x), VALUE(x) FROM Assessment a JOIN a.answers x"
                        + " WHERE a.questionnaireId = :q AND a.questionnaireVersion = :v AND a.progress = :submitted"
                        + " AND a.scoringVersion = :scoring", Object[].class)
                .setParameter("q", questionnaire.id())
                .setParameter("v", questionnaire.version())
                .setParameter("submitted", Progress.SUBMITTED)
                .setParameter("scoring", scoringVersion)
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
