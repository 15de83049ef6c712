package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.concord.database.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * After a crash: jobs left queued or running are marked failed and offered for a retry with what
 * they were asked for, finished ones are left alone, and partial files are removed.
 */
class ReportJobsRecoveryTest {

    private static final Instant NINE = Instant.parse("2026-11-26T09:00:00Z");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void unfinishedJobsAreMarkedFailedAndOfferedForARetry(TestDatabase database) {
        DataSource dataSource = database.fresh();
        JobLedger ledger = new JobLedger(dataSource);
        ledger.queued("running", new JobLedger.Asked(ReportKind.RAW_EXPORT, "Raw export", "hr", "cooperativeness", 7L, Locale.FRENCH), NINE);
        ledger.state("running", ReportJob.State.RUNNING, NINE);
        ledger.queued("queued", new JobLedger.Asked(ReportKind.TEAM_REPORT, "Team report", "hr", null, 8L, Locale.ENGLISH), NINE.plusSeconds(1));
        ledger.queued("done", new JobLedger.Asked(ReportKind.TEAM_REPORT, "Done", "hr", null, 9L, Locale.ENGLISH), NINE);
        ledger.state("done", ReportJob.State.DONE, NINE);

        assertEquals(2, ledger.failUnfinished(NINE.plusSeconds(60)));

        List<JobLedger.Failed> failed = ledger.failed();
        assertEquals(List.of("queued", "running"), failed.stream().map(JobLedger.Failed::id).toList());
        JobLedger.Failed raw = failed.get(1);
        assertEquals(ReportKind.RAW_EXPORT, raw.kind());
        assertEquals("cooperativeness", raw.questionnaire());
        assertEquals(7L, raw.campaignId());
        assertEquals(Locale.FRENCH, raw.locale());
        assertTrue(ledger.retried("running"));
        assertFalse(ledger.retried("running"), "a retry is taken once");
        assertEquals(List.of("queued"), ledger.failed().stream().map(JobLedger.Failed::id).toList());
        assertEquals(0, ledger.failUnfinished(NINE.plusSeconds(120)));
    }

    @org.junit.jupiter.api.Test
    void partialFilesAreRemovedAndFinishedOnesKept() throws Exception {
        Files.writeString(folder.resolve("raw-export-x.xlsx.part"), "");
        Files.writeString(folder.resolve("team-report-y.xlsx.part"), "half");
        Files.writeString(folder.resolve("team-report-z.xlsx"), "whole");

        assertEquals(2, ReportJobs.removePartialFiles(folder));

        assertEquals(List.of("team-report-z.xlsx"), Files.list(folder).map(p -> p.getFileName().toString()).toList());
        assertEquals(0, ReportJobs.removePartialFiles(folder.resolve("missing")));
    }
}
