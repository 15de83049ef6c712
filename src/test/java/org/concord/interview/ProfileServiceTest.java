package org.concord.interview;

import static org.concord.interview.Recruiting.CLOCK;
import static org.concord.interview.Recruiting.INTERVIEW;
import static org.concord.interview.Recruiting.OMAR;
import static org.concord.interview.Recruiting.RITA;
import static org.concord.interview.Recruiting.SELF_REPORT;
import static org.concord.interview.Recruiting.candidate;
import static org.concord.interview.Recruiting.consistent;
import static org.concord.interview.Recruiting.create;
import static org.concord.interview.Recruiting.varied;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.scoring.Agreement;
import org.concord.scoring.NormGroup;
import org.concord.scoring.Reliability;
import org.concord.scoring.RespondentScorer;
import org.concord.scoring.ScoringPlan;
import org.concord.scoring.StandardError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProfileServiceTest {

    private static final double EXACT = 1e-9;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withASingleSelfReportTheIntervalAndPercentileAreNotAvailableAndSayWhy(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            Recruiting.selfReport(container, RITA, candidate, consistent(SELF_REPORT, 2));

            CandidateProfile profile = container.get(ProfileService.class).profile(RITA, candidate);

            assertTrue(profile.selfReportSubmitted());
            ScaleResult cooperation = profile.selfReportScales().get(0);
            assertEquals(2.0, cooperation.score(), EXACT);
            assertEquals("low", cooperation.band().id());
            assertFalse(cooperation.hasInterval());
            assertEquals(Reason.of("recruiter.na.fewCases", 1, 10), cooperation.noInterval());
            assertEquals(Reason.of("recruiter.na.smallNormGroup", 1, 30), cooperation.noPercentile());
            assertEquals(Reason.of("recruiter.na.fewCases", 1, 10), cooperation.noAlpha());
            assertEquals(30, profile.normsMinimum());
            assertEquals(List.of("cooperation", "altruism", "trust"),
                    profile.lowScales().stream().map(l -> l.scale().id()).toList(), "every low scale brings its probes");
            assertFalse(profile.lowScales().get(0).probes().isEmpty());
        }
    }

    /** {@code count} candidates with varied self-reports; returns the last one's id. */
    private static long selfReports(Container container, int count, List<Map<String, Integer>> all) {
        long candidate = 0;
        for (int seed = 0; seed < count; seed++) {
            Map<String, Integer> answers = varied(seed);
            all.add(answers);
            candidate = create(container, seed % 2 == 0 ? RITA : OMAR, candidate("Candidate " + seed, "Analyst"));
            Recruiting.selfReport(container, seed % 2 == 0 ? RITA : OMAR, candidate, answers);
        }
        return candidate;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSelfReportNumbersAreTheScoringEnginesOverAllSubmittedSelfReports(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            List<Map<String, Integer>> all = new ArrayList<>();
            long last = selfReports(container, 12, all);
            container.get(SelfReportService.class)
                    .startKiosk(RITA, create(container, RITA, candidate("Unfinished", "Analyst")));
            container.set("concord.norms.minimum", "12");

            CandidateProfile profile = container.get(ProfileService.class).profile(OMAR, last);

            assertEquals(20, profile.normsMinimum(), "a minimum below 20 is raised to 20");
            ScoringPlan plan = ScoringPlan.of(SELF_REPORT);
            RespondentScorer scorer = new RespondentScorer(plan);
            List<int[]> respondents = all.stream().map(scorer::answers).toList();
            for (int s = 0; s < plan.scaleCount(); s++) {
                int scale = s;
                double[] scores = respondents.stream().mapToDouble(r -> plan.scaleScore(r, scale))
                        .filter(x -> !Double.isNaN(x)).toArray();
                double alpha = Reliability.alpha(plan.completeCases(respondents, s)).value();
                NormGroup norms = NormGroup.ofSample(scores);
                double own = plan.scaleScore(respondents.get(11), s);
                ScaleResult shown = profile.selfReportScales().get(s);
                assertEquals(own, shown.score(), EXACT);
                assertEquals(alpha, shown.alpha().value(), EXACT);
                assertEquals(12, shown.completeCases());
                assertEquals(12, shown.sampleSize(), "the unfinished self-report is not in the sample");
                assertEquals(Reason.of("recruiter.na.smallNormGroup", 12, 20), shown.noPercentile());
                if (alpha > 0) {
                    StandardError.Interval expected = new StandardError(norms.sd(), alpha).interval(own, 1, 5);
                    assertEquals(expected.low(), shown.interval().low(), EXACT);
                    assertEquals(expected.high(), shown.interval().high(), EXACT);
                } else {
                    assertEquals(alpha < 0 ? "recruiter.na.negativeAlpha" : "recruiter.na.lowAlpha", shown.noInterval().key());
                    assertEquals(alpha < 0, shown.negativeAlpha());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNormGroupAtTheMinimumGivesPercentilesWithItsN(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            List<Map<String, Integer>> all = new ArrayList<>();
            long last = selfReports(container, 20, all);
            container.set("concord.norms.minimum", "20");

            CandidateProfile profile = container.get(ProfileService.class).profile(OMAR, last);

            ScoringPlan plan = ScoringPlan.of(SELF_REPORT);
            RespondentScorer scorer = new RespondentScorer(plan);
            List<int[]> respondents = all.stream().map(scorer::answers).toList();
            for (int s = 0; s < plan.scaleCount(); s++) {
                int scale = s;
                double[] scores = respondents.stream().mapToDouble(r -> plan.scaleScore(r, scale)).toArray();
                ScaleResult shown = profile.selfReportScales().get(s);
                assertEquals(NormGroup.ofSample(scores).percentileRank(plan.scaleScore(respondents.get(19), s)).value(),
                        shown.percentile().value(), EXACT);
                assertEquals(20, shown.sampleSize());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theProfileShowsTheStoredScoresAndTheirScoringVersionsSampleNeverARescoring(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long last = selfReports(container, 3, new ArrayList<>());
            long lowCandidate = create(container, RITA, candidate("Stored score", "Analyst"));
            Recruiting.selfReport(container, RITA, lowCandidate, consistent(SELF_REPORT, 2));
            container.inTransaction(em -> em.createNativeQuery("UPDATE scale_score SET score = 4.5 WHERE scale_id = 'cooperation'"
                    + " AND assessment_id = (SELECT id FROM assessment WHERE candidate_id = " + lowCandidate + ")").executeUpdate());
            container.inTransaction(em -> em.createNativeQuery("UPDATE assessment SET scoring_version = 'earlier'"
                    + " WHERE candidate_id = " + last).executeUpdate());

            CandidateProfile profile = container.get(ProfileService.class).profile(RITA, lowCandidate);

            ScaleResult cooperation = profile.selfReportScales().get(0);
            assertEquals("cooperation", cooperation.scale().id());
            assertEquals(4.5, cooperation.score(), EXACT, "the stored score, not the answers scored again");
            assertFalse(cooperation.low());
            assertFalse(profile.lowScales().stream().anyMatch(l -> l.scale().id().equals("cooperation")),
                    "probes follow the stored score");
            assertEquals(3, cooperation.sampleSize(), "the self-report scored with other rules is not in the norm group");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachInterviewerSeesOnlyTheirOwnRatingsUntilTheySubmit(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            Recruiting.panel(container, RITA, candidate, "omar");
            Recruiting.interview(container, OMAR, candidate, consistent(INTERVIEW, 4));
            String first = INTERVIEW.items().get(0).id();
            container.get(InterviewService.class).rate(RITA, candidate, first, 2, "My note", 2);

            CandidateProfile before = container.get(ProfileService.class).profile(RITA, candidate);
            assertEquals(List.of("rita"), before.raters().stream().map(RaterResult::rater).toList());
            assertEquals(1, before.hiddenRaters());
            assertFalse(before.othersVisible());
            assertTrue(before.agreement().isEmpty());
            assertEquals("My note", before.own().notes().get(0).note());

            CandidateProfile omars = container.get(ProfileService.class).profile(OMAR, candidate);
            assertEquals(List.of("omar"), omars.raters().stream().map(RaterResult::rater).toList(),
                    "rita's ratings in progress stay hidden from omar, who has submitted");
            assertEquals(1, omars.hiddenRaters());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onceSubmittedTheInterviewersSeeEachOtherAndTheirAgreement(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            Recruiting.panel(container, RITA, candidate, "omar");
            Map<String, Integer> omars = consistent(INTERVIEW, 4);
            Map<String, Integer> ritas = new HashMap<>(consistent(INTERVIEW, 4));
            ritas.put(INTERVIEW.items().get(0).id(), 2);
            Recruiting.interview(container, OMAR, candidate, omars);
            Recruiting.interview(container, RITA, candidate, ritas);

            CandidateProfile profile = container.get(ProfileService.class).profile(RITA, candidate);

            assertEquals(2, profile.raters().size());
            assertEquals(0, profile.hiddenRaters());
            ScoringPlan plan = ScoringPlan.of(INTERVIEW);
            RespondentScorer scorer = new RespondentScorer(plan);
            List<int[]> answers = List.of(scorer.answers(omars), scorer.answers(ritas));
            for (int s = 0; s < plan.scaleCount(); s++) {
                ScaleAgreement shown = profile.agreement().get(s);
                assertEquals(Agreement.rwgj(answers, plan.itemsOf(s), 5).value(), shown.rwgj().value(), EXACT);
                double omar = plan.scaleScore(answers.get(0), s);
                double rita = plan.scaleScore(answers.get(1), s);
                assertEquals(Math.abs(omar - rita), shown.range(), EXACT);
            }
            ScaleAgreement helping = profile.agreement().get(0);
            assertEquals("helping", helping.scale().id());
            assertTrue(helping.range() > 0);
            container.inTransaction(em -> em.createNativeQuery("UPDATE scale_score SET score = 1.0 WHERE scale_id = 'helping'"
                    + " AND assessment_id = (SELECT id FROM assessment WHERE candidate_id = " + candidate
                    + " AND rater_username = 'omar')").executeUpdate());
            CandidateProfile stored = container.get(ProfileService.class).profile(RITA, candidate);
            assertEquals(Math.abs(1.0 - plan.scaleScore(answers.get(1), 0)), stored.agreement().get(0).range(), EXACT,
                    "the range is between the interviewers' stored scores");
            RaterResult omar = profile.raters().stream().filter(r -> r.rater().equals("omar")).findFirst().orElseThrow();
            assertEquals(4.0, omar.scales().get(0).score(), EXACT);
            assertNull(profile.selfReportProgress());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anInterviewerWhoSkippedAQuestionIsLeftOutOfThatScalesAgreementAsRDoes(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Bea Martin", "Team lead"));
            Recruiting.panel(container, RITA, candidate, "omar");
            Recruiting.account(container, "lena");
            Recruiting.panel(container, RITA, candidate, "lena");
            Map<String, Integer> omars = consistent(INTERVIEW, 4);
            Map<String, Integer> ritas = new HashMap<>(consistent(INTERVIEW, 3));
            String skipped = INTERVIEW.items().get(0).id();
            ritas.remove(skipped);
            Map<String, Integer> lenas = consistent(INTERVIEW, 5);
            Recruiting.interview(container, OMAR, candidate, omars);
            Recruiting.interview(container, RITA, candidate, ritas);
            Recruiting.interview(container, Recruiting.recruiter("lena"), candidate, lenas);

            CandidateProfile profile = container.get(ProfileService.class).profile(RITA, candidate);

            ScoringPlan plan = ScoringPlan.of(INTERVIEW);
            RespondentScorer scorer = new RespondentScorer(plan);
            String scale = INTERVIEW.items().get(0).scale();
            int s = plan.questionnaire().scales().indexOf(INTERVIEW.scale(scale).orElseThrow());
            ScaleAgreement shown = profile.agreement().get(s);
            double complete = Agreement.rwgj(List.of(scorer.answers(omars), scorer.answers(lenas)), plan.itemsOf(s), 5).value();
            assertEquals(complete, shown.rwgj().value(), EXACT, "rita skipped one of the scale's questions: omar and lena only");
        }
    }
}
