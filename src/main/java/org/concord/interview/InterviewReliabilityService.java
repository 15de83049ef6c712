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
import org.concord.kernel.Progress;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;
import org.concord.scoring.PanelReliability;

/**
 * Reads every submitted interview's stored scale scores (as they were stored at submission,
 * never re-scored) and gives, per interview questionnaire version, how reliable the panels are
 * and how severe each interviewer is ({@link PanelReliability}). HR sees all of it; a recruiter
 * sees only their own severity. Two queries, whatever the number of interviews.
 */
@ApplicationScoped
@Transactional
public class InterviewReliabilityService {

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private Instruments instruments;

    protected InterviewReliabilityService() {
        // for CDI
    }

    /** For use outside the server (tests). */
    public InterviewReliabilityService(EntityManager entityManager, Instruments instruments) {
        this.entityManager = entityManager;
        this.instruments = instruments;
    }

    /** Every interview questionnaire version that has submitted interviews, oldest first. */
    public List<InterviewReliability> all() {
        Map<Long, Object[]> interviews = new LinkedHashMap<>();
        entityManager.createQuery("SELECT a.id, a.candidate.id, a.raterUsername, a.questionnaireId, a.questionnaireVersion"
                        + " FROM Assessment a WHERE a.raterUsername IS NOT NULL AND a.progress = :submitted"
                        + " ORDER BY a.questionnaireId, a.questionnaireVersion, a.id", Object[].class)
                .setParameter("submitted", Progress.SUBMITTED)
                .getResultStream()
                .forEach(row -> interviews.put((Long) row[0], row));
        Map<Long, Map<String, Double>> scores = new HashMap<>();
        entityManager.createQuery("SELECT a.id, KEY(s), s.score FROM Assessment a JOIN a.scores s"
                        + " WHERE a.raterUsername IS NOT NULL AND a.progress = :submitted AND s.score IS NOT NULL", Object[].class)
                .setParameter("submitted", Progress.SUBMITTED)
                .getResultStream()
                .forEach(row -> scores.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((String) row[1], ((Number) row[2]).doubleValue()));
        Map<String, List<Object[]>> byVersion = new LinkedHashMap<>();
        interviews.values().forEach(row -> byVersion.computeIfAbsent(row[3] + ".v" + row[4], k -> new ArrayList<>()).add(row));
        List<InterviewReliability> all = new ArrayList<>();
        for (List<Object[]> rows : byVersion.values()) {
            Optional<Questionnaire> found = instruments.find((String) rows.get(0)[3], ((Number) rows.get(0)[4]).intValue());
            found.ifPresent(questionnaire -> all.add(reliability(questionnaire, rows, scores)));
        }
        return all;
    }

    /** Each version's severities of {@code interviewer} alone, for their own page. */
    public List<InterviewReliability> own(String interviewer) {
        List<InterviewReliability> own = new ArrayList<>();
        for (InterviewReliability version : all()) {
            PanelReliability panels = version.panels();
            own.add(new InterviewReliability(version.questionnaire(),
                    new PanelReliability(List.of(), panels.severitiesOf(interviewer))));
        }
        return own;
    }

    private static InterviewReliability reliability(Questionnaire questionnaire, List<Object[]> rows,
                                                    Map<Long, Map<String, Double>> scores) {
        List<String> scales = questionnaire.scales().stream().map(Scale::id).toList();
        List<PanelReliability.Rating> ratings = new ArrayList<>();
        for (Object[] row : rows) {
            Map<String, Double> stored = scores.getOrDefault((Long) row[0], Map.of());
            double[] byScale = new double[scales.size()];
            Arrays.fill(byScale, Double.NaN);
            for (int s = 0; s < scales.size(); s++) {
                byScale[s] = stored.getOrDefault(scales.get(s), Double.NaN);
            }
            ratings.add(new PanelReliability.Rating(row[1].toString(), (String) row[2], byScale));
        }
        return new InterviewReliability(questionnaire, PanelReliability.of(scales, ratings));
    }
}
