package org.concord.interview;

import static org.concord.interview.Recruiting.CLOCK;
import static org.concord.interview.Recruiting.INTERVIEW;
import static org.concord.interview.Recruiting.OMAR;
import static org.concord.interview.Recruiting.RITA;
import static org.concord.interview.Recruiting.SELF_REPORT;
import static org.concord.interview.Recruiting.candidate;
import static org.concord.interview.Recruiting.consistent;
import static org.concord.interview.Recruiting.create;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import org.concord.assessment.AssessmentService;
import org.concord.candidate.CandidateService;
import org.concord.candidate.Decision;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.interview.CandidateStatus.Stage;
import org.concord.kernel.PageRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The candidate list's status, derived from what is stored, on H2 and PostgreSQL: new, link
 * sent (nobody opened it), answering (answers saved), self-report in, interviewed by some of
 * the panel (only submitted ratings of panel members count), decided; one page at a time.
 */
class CandidateStatusesTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachCandidateShowsTheFurthestStepTheStoredFactsShow(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long fresh = create(container, RITA, candidate("Ann New", "Clerk"));
            long linked = create(container, RITA, candidate("Ben Linked", "Clerk"));
            long answering = create(container, RITA, candidate("Cy Answering", "Clerk"));
            long selfReported = create(container, RITA, candidate("Di Reported", "Clerk"));
            long interviewed = create(container, RITA, candidate("Ed Interviewed", "Clerk"));
            long decided = create(container, RITA, candidate("Flo Decided", "Clerk"));

            container.get(SelfReportService.class).issueLink(RITA, linked);
            String token = container.get(SelfReportService.class).issueLink(RITA, answering);
            AssessmentService assessments = container.get(AssessmentService.class);
            long opened = assessments.findByAccessToken(token).orElseThrow().getId();
            String firstItem = SELF_REPORT.items().get(0).id();
            assessments.savePage(opened, Map.of(firstItem, 3), 1);
            Recruiting.selfReport(container, RITA, selfReported, consistent(SELF_REPORT, 4));
            Recruiting.selfReport(container, RITA, interviewed, consistent(SELF_REPORT, 4));
            Recruiting.panel(container, RITA, interviewed, "omar");
            Recruiting.interview(container, OMAR, interviewed, consistent(INTERVIEW, 3));
            Recruiting.panel(container, RITA, decided, "omar");
            Recruiting.interview(container, RITA, decided, consistent(INTERVIEW, 4));
            container.get(CandidateService.class).decide(RITA, decided, Decision.ADVANCE, "Strong on every scale.");

            Map<Long, CandidateStatus> statuses = container.get(CandidateStatuses.class).page(RITA, PageRequest.of(0, 10))
                    .rows().stream().collect(Collectors.toMap(r -> r.candidate().getId(), CandidateRow::status));

            assertEquals(6, statuses.size());
            assertEquals(Stage.NEW, statuses.get(fresh).stage());
            assertEquals(Stage.LINK_SENT, statuses.get(linked).stage());
            assertEquals(Stage.ANSWERING, statuses.get(answering).stage());
            assertEquals(Stage.SELF_REPORT_IN, statuses.get(selfReported).stage());
            assertEquals(Stage.INTERVIEWED, statuses.get(interviewed).stage());
            assertEquals(1, statuses.get(interviewed).interviewed());
            assertEquals(2, statuses.get(interviewed).panel(), "the recruiter and omar");
            assertEquals(Stage.DECIDED, statuses.get(decided).stage());
            assertEquals(Decision.ADVANCE, statuses.get(decided).decision());
            assertEquals(1, statuses.get(decided).interviewed());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRatingNotSubmittedDoesNotCountAndAPageShowsOnlyItsCandidates(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long candidate = create(container, RITA, candidate("Gus Rated", "Clerk"));
            Recruiting.panel(container, RITA, candidate, "omar");
            container.get(InterviewService.class).rate(OMAR, candidate, INTERVIEW.items().get(0).id(), 4, null, 1);
            for (int i = 0; i < 12; i++) {
                create(container, RITA, candidate("Other " + i, "Clerk"));
            }

            var page = container.get(CandidateStatuses.class).page(RITA, PageRequest.of(0, 10));
            assertEquals(10, page.rows().size());
            assertEquals(13, page.total());
            var second = container.get(CandidateStatuses.class).page(RITA, PageRequest.of(10, 10));
            assertEquals(3, second.rows().size());
            CandidateStatus rated = java.util.stream.Stream.concat(page.rows().stream(), second.rows().stream())
                    .filter(r -> r.candidate().getId() == candidate).findFirst().orElseThrow().status();
            assertEquals(Stage.NEW, rated.stage(), "a rating saved but not submitted is not an interview");
            assertEquals(0, rated.interviewed());
        }
    }
}
