package org.concord.interview;

import static org.concord.interview.Recruiting.CLOCK;
import static org.concord.interview.Recruiting.INTERVIEW;
import static org.concord.interview.Recruiting.OMAR;
import static org.concord.interview.Recruiting.RITA;
import static org.concord.interview.Recruiting.candidate;
import static org.concord.interview.Recruiting.consistent;
import static org.concord.interview.Recruiting.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.questionnaire.Scale;
import org.concord.scoring.PanelReliability;
import org.concord.scoring.RespondentScorer;
import org.concord.scoring.ScoringPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The interview reliability read from the database is the engine's over the same ratings: a
 * candidate rated by one interviewer only is left out, and a recruiter's own view holds their
 * severities only.
 */
class InterviewReliabilityServiceTest {

    /** Ratings that differ by interviewer and candidate: every item {@code base}, every third item {@code base + 1}. */
    private static Map<String, Integer> ratings(int base) {
        Map<String, Integer> ratings = new HashMap<>(consistent(INTERVIEW, base));
        for (int i = 0; i < INTERVIEW.items().size(); i += 3) {
            ratings.put(INTERVIEW.items().get(i).id(), Math.min(5, base + 1));
        }
        return ratings;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theReliabilityIsTheEnginesOverTheStoredScores(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            int[][] bases = {{4, 3}, {2, 2}, {5, 3}};
            ScoringPlan plan = ScoringPlan.of(INTERVIEW);
            RespondentScorer scorer = new RespondentScorer(plan);
            List<PanelReliability.Rating> engine = new ArrayList<>();
            for (int c = 0; c < bases.length; c++) {
                long candidate = create(container, RITA, candidate("Candidate " + c, "Analyst"));
                Recruiting.panel(container, RITA, candidate, "omar");
                Recruiting.interview(container, RITA, candidate, ratings(bases[c][0]));
                Recruiting.interview(container, OMAR, candidate, ratings(bases[c][1]));
                engine.add(new PanelReliability.Rating(String.valueOf(candidate), "rita", plan.score(scorer.answers(ratings(bases[c][0])))));
                engine.add(new PanelReliability.Rating(String.valueOf(candidate), "omar", plan.score(scorer.answers(ratings(bases[c][1])))));
            }
            long alone = create(container, RITA, candidate("Rated once", "Analyst"));
            Recruiting.interview(container, RITA, alone, ratings(1));

            List<InterviewReliability> all = container.get(InterviewReliabilityService.class).all();

            assertEquals(1, all.size());
            assertEquals(INTERVIEW.key(), all.get(0).questionnaire().key());
            PanelReliability want = PanelReliability.of(INTERVIEW.scales().stream().map(Scale::id).toList(), engine);
            PanelReliability got = all.get(0).panels();
            for (int s = 0; s < want.scales().size(); s++) {
                assertEquals(3, got.scales().get(s).candidates(), "the candidate rated once is left out");
                assertEquals(want.scales().get(s).icc().icc1().orElse(-9), got.scales().get(s).icc().icc1().orElse(-9), 1e-12);
                assertEquals(want.scales().get(s).icc().icc2().orElse(-9), got.scales().get(s).icc().icc2().orElse(-9), 1e-12);
            }
            assertEquals(want.severities().size(), got.severities().size());
            for (int i = 0; i < want.severities().size(); i++) {
                assertEquals(want.severities().get(i).interviewer(), got.severities().get(i).interviewer());
                assertEquals(want.severities().get(i).severity().value(), got.severities().get(i).severity().value(), 1e-12);
                assertEquals(3, got.severities().get(i).candidates());
            }
            assertTrue(got.severitiesOf("omar").get(0).severity().value() < 0, "omar rates lower than rita");

            List<InterviewReliability> own = container.get(InterviewReliabilityService.class).own("omar");
            assertEquals(got.severitiesOf("omar"), own.get(0).panels().severities());
            assertTrue(own.get(0).panels().scales().isEmpty(), "a recruiter sees their own severity, not the panel figures");
        }
    }
}
