package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.concord.database.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Report jobs shared by several instances: a queued job is claimed by one instance only (another
 * instance's claim in progress is skipped, not waited for), its progress is read from its row,
 * a job whose instance stopped beating is marked failed and offered for a retry with what it was
 * asked for, its late heartbeat and end are refused, and only partial files of jobs no instance
 * runs are removed.
 */
class ReportJobsRecoveryTest {

    private static final Instant NINE = Instant.parse("2026-11-26T09:00:00Z");
    private static final JobLedger.Asked RAW =
            new JobLedger.Asked(ReportKind.RAW_EXPORT, "Raw export", "hr", "cooperativeness", 7L, Locale.FRENCH);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aJobAnotherInstanceIsClaimingIsSkippedNotWaitedFor(TestDatabase database) throws Exception {
        DataSource dataSource = database.fresh();
        JobLedger ledger = new JobLedger(dataSource);
        ledger.queued("first", RAW, NINE);
        ledger.queued("second", RAW, NINE.plusSeconds(1));

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("SELECT id FROM report_job WHERE id = 'first' FOR UPDATE");
                 ResultSet locked = lock.executeQuery()) {
                assertTrue(locked.next());
            }
            long before = System.nanoTime();
            assertEquals("second", ledger.claim("b", NINE).map(JobLedger.Claimed::id).orElse(null));
            assertTrue(System.nanoTime() - before < 500_000_000L, "the locked row is skipped at once");
            assertEquals(Optional.empty(), ledger.claim("b", NINE), "nothing else is free");
            other.rollback();
        }
        JobLedger.Claimed first = ledger.claim("a", NINE).orElseThrow();
        assertEquals("first", first.id());
        assertEquals(RAW, first.asked());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyQueuedJobIsClaimedExactlyOnceByInstancesClaimingAtTheSameTime(TestDatabase database) throws Exception {
        JobLedger ledger = new JobLedger(database.fresh());
        List<String> queued = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            queued.add("job-" + i);
            ledger.queued("job-" + i, RAW, NINE.plusMillis(i));
        }
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String owner = "instance-" + i;
                running.add(instances.submit(() -> {
                    for (Optional<JobLedger.Claimed> next = ledger.claim(owner, NINE); next.isPresent();
                         next = ledger.claim(owner, NINE)) {
                        claimed.add(next.get().id());
                    }
                }));
            }
            for (Future<?> instance : running) {
                instance.get();
            }
        } finally {
            instances.shutdown();
        }
        Collections.sort(claimed);
        Collections.sort(queued);
        assertEquals(queued, claimed, "each job once, none twice, none left");
        assertEquals(40, ledger.running().size());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void progressIsReadOnEveryInstanceAndASilentJobIsFailedAndOfferedForARetry(TestDatabase database) {
        JobLedger ledger = new JobLedger(database.fresh());
        ledger.queued("running", RAW, NINE);
        ledger.queued("queued", new JobLedger.Asked(ReportKind.TEAM_REPORT, "Team report", "hr", null, 8L, Locale.ENGLISH),
                NINE.plusSeconds(100));
        ledger.queued("done", new JobLedger.Asked(ReportKind.TEAM_REPORT, "Done", "hr", null, 9L, Locale.ENGLISH), NINE.plusSeconds(200));
        assertEquals("running", ledger.claim("a", NINE).orElseThrow().id());
        assertTrue(ledger.beat("running", "a", 250, 1000, NINE.plusSeconds(2)));
        assertEquals(new JobLedger.Status(ReportJob.State.RUNNING, 25, null), ledger.status("running").orElseThrow());
        assertEquals(new JobLedger.Status(ReportJob.State.QUEUED, 0, null), ledger.status("queued").orElseThrow());
        assertFalse(ledger.beat("running", "b", 300, 1000, NINE.plusSeconds(3)), "only the owner beats");

        assertEquals(0, ledger.failSilent(NINE.minusSeconds(28), NINE.plusSeconds(4)), "a beating job is left alone");
        assertEquals(1, ledger.failSilent(NINE.plusSeconds(3), NINE.plusSeconds(40)), "a silent one is failed");
        assertEquals(new JobLedger.Status(ReportJob.State.FAILED, 100, null), ledger.status("running").orElseThrow());
        assertFalse(ledger.beat("running", "a", 400, 1000, NINE.plusSeconds(41)), "its instance comes back too late");
        assertFalse(ledger.ended("running", "a", ReportJob.State.DONE, 5L, NINE.plusSeconds(42)));
        assertEquals(ReportJob.State.QUEUED, ledger.status("queued").orElseThrow().state(), "a queued job waits for a claim");

        assertEquals("queued", ledger.claim("b", NINE.plusSeconds(50)).orElseThrow().id());
        assertEquals("done", ledger.claim("b", NINE.plusSeconds(50)).orElseThrow().id());
        assertTrue(ledger.ended("done", "b", ReportJob.State.DONE, 12L, NINE.plusSeconds(51)));
        assertEquals(new JobLedger.Status(ReportJob.State.DONE, 100, 12L), ledger.status("done").orElseThrow());

        List<JobLedger.Failed> failed = ledger.failed();
        assertEquals(List.of("running"), failed.stream().map(JobLedger.Failed::id).toList());
        JobLedger.Failed raw = failed.get(0);
        assertEquals(ReportKind.RAW_EXPORT, raw.kind());
        assertEquals("cooperativeness", raw.questionnaire());
        assertEquals(7L, raw.campaignId());
        assertEquals(Locale.FRENCH, raw.locale());
        assertTrue(ledger.retried("running"));
        assertFalse(ledger.retried("running"), "a retry is taken once");
        assertTrue(ledger.failed().isEmpty());

        JobLedger.Asked everyCampaign = new JobLedger.Asked(ReportKind.RAW_EXPORT, "Raw export, every campaign", "hr",
                "cooperativeness", null, Locale.ENGLISH);
        ledger.queued("all", everyCampaign, NINE.plusSeconds(60));
        assertEquals("all", ledger.claim("a", NINE.plusSeconds(60)).orElseThrow().id());
        ledger.failSilent(NINE.plusSeconds(61), NINE.plusSeconds(100));
        assertEquals(null, ledger.failed().stream().filter(f -> f.id().equals("all")).findFirst().orElseThrow().campaignId(),
                "an export of every campaign is retried as one, not as an export of campaign 0");
        assertEquals(Optional.empty(), ledger.status("nothing"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void partialFilesOfJobsNoInstanceRunsAreRemovedAndTheOthersKept(TestDatabase database) throws Exception {
        JobLedger ledger = new JobLedger(database.fresh());
        String live = "0b9c6a1e-2f4d-4c1b-9a7e-3d5f6b7c8d9e";
        ledger.queued(live, RAW, NINE);
        ledger.claim("a", NINE).orElseThrow();
        Files.writeString(ReportJob.partFile(folder, live), "being written");
        Files.writeString(ReportJob.partFile(folder, "5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e2d1c"), "half");
        Files.writeString(folder.resolve("raw-export-x.xlsx.part"), "");
        Files.writeString(folder.resolve("team-report-z.xlsx"), "whole");

        assertEquals(2, ReportJobs.removePartialFiles(folder, ledger));

        assertEquals(List.of(live + ".xlsx.part", "team-report-z.xlsx"),
                Files.list(folder).map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(0, ReportJobs.removePartialFiles(folder.resolve("missing"), ledger));
    }
}
