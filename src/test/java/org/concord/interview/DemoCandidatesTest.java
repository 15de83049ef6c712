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

/** The demo's candidates work on the recruiter pages: its interviewer is on their panel and sees both ratings. */
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
}
