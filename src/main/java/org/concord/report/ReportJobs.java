package org.concord.report;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.concord.database.ClusterTurns;
import org.concord.database.ConcordDatabase;

/**
 * Runs report jobs on the managed executor of whichever instance claims them, so a long export
 * neither holds a request thread nor escapes the container, and no job runs twice however many
 * instances share the database. A job is queued in the {@link JobLedger} by the page that asks
 * for it; that instance tries to claim it at once, and every instance looks for queued jobs
 * every few seconds, so a job is taken even when its instance is busy or gone. While a job
 * runs its instance writes its progress and a heartbeat to the job's row every
 * {@value #BEAT_SECONDS} seconds: pages on any instance read the progress there, and a job
 * silent for {@value #SILENT_SECONDS} seconds (its instance died) is marked failed by the next
 * instance to look, to be retried from the Reports page, and its partial file removed. Report
 * files are written to the report folder ({@code concord.reports}), which all instances share.
 */
@ApplicationScoped
public class ReportJobs {

    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());
    static final int BEAT_SECONDS = 2;
    static final int SILENT_SECONDS = 30;
    private static final int LOOK_SECONDS = 5;
    private static final int AT_ONCE = 2;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Resource(lookup = ConcordDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private ReportArchive archive;

    @Inject
    private Instance<JobContent> contents;

    @Inject
    private Clock clock;

    @Inject
    private ClusterTurns turns;

    private String instance;
    private final Semaphore slots = new Semaphore(AT_ONCE);
    private JobLedger ledger;
    private ScheduledFuture<?> looking;

    @PostConstruct
    void init() {
        ledger = new JobLedger(dataSource);
        instance = turns.instance();
    }

    /** Starts looking for queued and silent jobs every few seconds (called once the schema is migrated). */
    void startLooking() {
        if (looking == null) {
            looking = scheduler.scheduleWithFixedDelay(this::look, LOOK_SECONDS, LOOK_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Queues a raw export (HR only: see {@link RawDataExport}) and returns its job's id. */
    public String startRawExport(ReportJob.Request request) {
        return start(new JobLedger.Asked(ReportKind.RAW_EXPORT, request.title(), request.requestedBy(),
                request.questionnaire().key(), request.campaignId(), request.locale()));
    }

    /**
     * Queues any other report, described by what was asked for (a team report: its campaign; the
     * rights are the requester's when it runs), and returns its job's id.
     */
    public String start(JobLedger.Asked asked) {
        String id = UUID.randomUUID().toString();
        ledger.queued(id, asked, clock.instant());
        executor.execute(this::drain);
        return id;
    }

    /** Where job {@code id} stands, on whichever instance it runs; empty for no or an unknown id. */
    public Optional<JobLedger.Status> find(String id) {
        return id == null ? Optional.empty() : ledger.status(id);
    }

    /** The jobs that failed or were cut short and have not been asked for again. */
    public List<JobLedger.Failed> failed() {
        return ledger.failed();
    }

    /** Takes a failed job off the list, as it is being asked for again; false when someone did already. */
    public boolean retrying(String id) {
        return ledger.retried(id);
    }

    /** One look: marks silent jobs failed (removing their partial files), then has the executor run what is queued. */
    void look() {
        try {
            recoverSilentJobs();
            executor.execute(this::drain);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot look for report jobs; the next look tries again", e);
        }
    }

    /**
     * Marks failed the jobs whose instance stopped giving signs of life, and deletes the partial
     * files of jobs no instance runs. Returns how many jobs were marked.
     */
    public int recoverSilentJobs() {
        int silent = ledger.failSilent(clock.instant().minusSeconds(SILENT_SECONDS), clock.instant());
        int removed = removePartialFiles(archive.folder(), ledger);
        if (silent > 0 || removed > 0) {
            LOG.warning(() -> silent + " report job(s) whose instance stopped marked failed; "
                    + removed + " partial file(s) removed from " + archive.folder());
        }
        return silent;
    }

    /** Claims and runs queued jobs while this instance has a free slot. */
    void drain() {
        while (slots.tryAcquire()) {
            Optional<JobLedger.Claimed> claimed;
            try {
                claimed = ledger.claim(instance, clock.instant());
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
            if (claimed.isEmpty()) {
                slots.release();
                return;
            }
            try {
                run(claimed.get());
            } finally {
                slots.release();
            }
        }
    }

    private void run(JobLedger.Claimed claimed) {
        AtomicBoolean held = new AtomicBoolean(true);
        ReportJob job;
        try {
            ReportContent content = contents.stream().filter(c -> c.kind() == claimed.asked().kind()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no content for " + claimed.asked().kind()))
                    .of(claimed.asked());
            job = new ReportJob(claimed.id(), held::get, content, archive, clock);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "cannot run report job " + claimed.id(), e);
            end(claimed.id(), ReportJob.State.FAILED, null);
            return;
        }
        ScheduledFuture<?> beating = scheduler.scheduleWithFixedDelay(() -> beat(job, held),
                BEAT_SECONDS, BEAT_SECONDS, TimeUnit.SECONDS);
        try {
            job.run();
        } finally {
            beating.cancel(false);
        }
        if (held.get()) {
            end(job.id(), job.state(), job.reportId());
        }
    }

    private void beat(ReportJob job, AtomicBoolean held) {
        try {
            if (!ledger.beat(job.id(), instance, job.done(), job.total(), clock.instant())) {
                held.set(false);
                LOG.warning(() -> "report job " + job.id() + " was marked failed while it ran here; it stops");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot write the progress of report job " + job.id(), e);
        }
    }

    private void end(String id, ReportJob.State state, Long reportId) {
        try {
            ledger.ended(id, instance, state, reportId, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot write down that report job " + id + " is " + state
                    + "; it will be marked failed once silent", e);
        }
    }

    /** Deletes the partial files in {@code folder} of jobs that no instance is running; returns how many. */
    static int removePartialFiles(Path folder, JobLedger ledger) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> parts = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, "*.part")) {
            found.forEach(parts::add);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list the partial files in " + folder, e);
            return 0;
        }
        if (parts.isEmpty()) {
            return 0;
        }
        Set<String> running = ledger.running();
        int removed = 0;
        for (Path part : parts) {
            if (!running.contains(ReportJob.jobOf(part))) {
                try {
                    if (Files.deleteIfExists(part)) {
                        removed++;
                    }
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "cannot remove the partial file " + part, e);
                }
            }
        }
        return removed;
    }

    @PreDestroy
    void stop() {
        if (looking != null) {
            looking.cancel(false);
        }
    }
}
