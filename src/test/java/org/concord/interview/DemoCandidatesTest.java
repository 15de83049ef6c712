package org.concord.interview;

import static org.concord.interview.Recruiting.INTERVIEW;
import static org.concord.interview.Recruiting.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.concord.candidate.Candidate;
import org.concord.kernel.PageRequest;
import org.concord.candidate.CandidateService;

/**
 * The demo's candidates work on the recruiter pages: its interviewer is on their panel and sees both ratings; and
 * HR's interview reliability for the demo panel is the engine's over the demo's interview scores.
 */
class DemoCandidatesTest {

    @Test
    void theDemoInterviewerOpensTheDemoCandidatesWithBothInterviewsAndAllTheNumbers() {
        try (Container container = new Container(TestDatabase.H2.fresh(), CLOCK)) {
            container.get(DemoData.class).create();
            List<Candidate> listed = container.get(CandidateService.class)
                    .page(Recruiting.recruiter(DemoData.INTERVIEWER), PageRequest.of(0, 10)).rows();
            assertEquals(2, listed.size());

            for (Candidate candidate : listed) {
                CandidateProfile profile = container.get(ProfileService.class)
                        .profile(Recruiting.recruiter(DemoData.INTERVIEWER), candidate.getId());
                assertTrue(profile.selfReportSubmitted());
                assertEquals(List.of(DemoData.RECRUITER, DemoData.INTERVIEWER),
                        profile.raters().stream().map(RaterResult::rater).toList());
                assertEquals(INTERVIEW.scales().size(), profile.agreement().size());
                assertTrue(profile.selfReportScales().stream().allMatch(s -> s.hasInterval() != (s.noInterval() != null)
                        && s.hasPercentile() != (s.noPercentile() != null)), "a number, or the reason it is not shown");
            }
        }
    }

    @Test
    void theDemoPanelsReliabilityIsTheEnginesOverTheDemosInterviewScores() {
        try (Container container = new Container(TestDatabase.H2.fresh(), CLOCK)) {
            container.get(DemoData.class).create();
            List<Candidate> listed = container.get(CandidateService.class)
                    .page(Recruiting.recruiter(DemoData.INTERVIEWER), PageRequest.of(0, 10)).rows();
            List<org.concord.scoring.PanelReliability.Rating> ratings = new java.util.ArrayList<>();
            for (Candidate candidate : listed) {
                CandidateProfile profile = container.get(ProfileService.class)
                        .profile(Recruiting.recruiter(DemoData.INTERVIEWER), candidate.getId());
                assertTrue(profile.selfReportReview() != null, "a submitted demo self-report has its review");
                for (RaterResult rater : profile.raters()) {
                    ratings.add(new org.concord.scoring.PanelReliability.Rating(String.valueOf(candidate.getId()), rater.rater(),
                            rater.scales().stream().mapToDouble(r -> r.scored() ? r.score() : Double.NaN).toArray()));
                }
            }
            org.concord.scoring.PanelReliability want = org.concord.scoring.PanelReliability.of(
                    container.get(Instruments.class).interview().scales().stream().map(org.concord.questionnaire.Scale::id).toList(), ratings);

            List<InterviewReliability> all = container.get(InterviewReliabilityService.class).all();

            assertEquals(1, all.size());
            org.concord.scoring.PanelReliability got = all.get(0).panels();
            for (int s = 0; s < want.scales().size(); s++) {
                assertEquals(2, got.scales().get(s).candidates());
                assertEquals(want.scales().get(s).icc().icc1().orElse(-9), got.scales().get(s).icc().icc1().orElse(-9), 1e-12);
                assertEquals(want.scales().get(s).icc().icc2().orElse(-9), got.scales().get(s).icc().icc2().orElse(-9), 1e-12);
            }
            assertEquals(want.severities().size(), got.severities().size());
            for (int i = 0; i < want.severities().size(); i++) {
                assertEquals(want.severities().get(i).interviewer(), got.severities().get(i).interviewer());
                assertEquals(want.severities().get(i).candidates(), got.severities().get(i).candidates());
                assertEquals(want.severities().get(i).severity().orElse(-9), got.severities().get(i).severity().orElse(-9), 1e-12);
            }
            assertEquals(List.of(DemoData.INTERVIEWER, DemoData.RECRUITER).stream().sorted().toList(),
                    got.severities().stream().map(org.concord.scoring.PanelReliability.Severity::interviewer).distinct().toList());
        }
    }
}
