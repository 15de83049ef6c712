package org.concord.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.concord.candidate.Decision;
import org.concord.interview.CandidateStatus.Stage;
import org.concord.kernel.Progress;
import org.junit.jupiter.api.Test;

/** Which step a candidate's status names: the furthest the stored facts show, and its message key. */
class CandidateStatusTest {

    @Test
    void theFurthestStepWins() {
        assertEquals(Stage.NEW, CandidateStatus.of(null, null, 0, 1).stage());
        assertEquals(Stage.LINK_SENT, CandidateStatus.of(null, Progress.INVITED, 0, 1).stage());
        assertEquals(Stage.ANSWERING, CandidateStatus.of(null, Progress.STARTED, 0, 1).stage());
        assertEquals(Stage.SELF_REPORT_IN, CandidateStatus.of(null, Progress.SUBMITTED, 0, 2).stage());
        assertEquals(Stage.INTERVIEWED, CandidateStatus.of(null, Progress.SUBMITTED, 1, 2).stage());
        assertEquals(Stage.INTERVIEWED, CandidateStatus.of(null, null, 1, 2).stage(), "interviewed without a self-report");
        assertEquals(Stage.DECIDED, CandidateStatus.of(Decision.HOLD, Progress.STARTED, 1, 2).stage());
    }

    @Test
    void eachStatusHasItsKeyAndTheInterviewCounts() {
        assertEquals("recruiter.status.new", CandidateStatus.of(null, null, 0, 1).key());
        assertEquals("recruiter.status.linkSent", CandidateStatus.of(null, Progress.INVITED, 0, 1).key());
        assertEquals("recruiter.status.answering", CandidateStatus.of(null, Progress.STARTED, 0, 1).key());
        assertEquals("recruiter.status.selfReportIn", CandidateStatus.of(null, Progress.SUBMITTED, 0, 1).key());
        CandidateStatus interviewed = CandidateStatus.of(null, Progress.SUBMITTED, 1, 2);
        assertEquals("recruiter.status.interviewed", interviewed.key());
        assertEquals(1, interviewed.interviewed());
        assertEquals(2, interviewed.panel());
        assertEquals("recruiter.status.decided.decline", CandidateStatus.of(Decision.DECLINE, null, 0, 1).key());
        assertEquals("recruiter.status.decided.advance", CandidateStatus.of(Decision.ADVANCE, null, 0, 1).key());
    }
}
