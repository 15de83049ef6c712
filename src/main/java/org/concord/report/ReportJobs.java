package org.concord.report;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.concord.database.ConcordDatabase;

/**
 * Starts report jobs on the server's managed executor, so a long export neither holds a
 * request thread nor escapes the container, and keeps the recent ones so that pages can poll
 * their progress by id (only the last hundred; the archive keeps the files). A job is
 * remembered by a random id that only the page which started it knows. Every job is also
 * written down in the {@link JobLedger} while it runs; at start ({@link #recoverAfterCrash()})
 * jobs a crash cut short are marked failed, to be retried from the Reports page, and the
 * partial {@code .part} files they left are removed.
 */
@ApplicationScoped
public class ReportJobs {

    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());
    private static final int REMEMBERED = 100;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Resource(lookup = ConcordDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private ReportArchive archive;

    @Inject
    private Clock clock;

    private JobLedger ledger;
    private final Map<String, ReportJob> jobs = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        ledger = new JobLedger(dataSource);
    }

    /** Queues a raw export (HR only: see {@link RawDataExport}) and returns its job. */
    public ReportJob startRawExport(ReportJob.Request request) {
        return start(new ReportJob(request, new RawDataExport(dataSource, clock), archive, clock),
                new JobLedger.Asked(ReportKind.RAW_EXPORT, request.title(), request.requestedBy(),
                        request.questionnaire().key(), request.campaignId(), request.locale()));
    }

    /** Queues any other report (a team report, whose content decided on the request thread whom it is for). */
    public ReportJob start(ReportContent content, JobLedger.Asked asked) {
        return start(new ReportJob(content, archive, clock), asked);
    }

    private ReportJob start(ReportJob job, JobLedger.Asked asked) {
        if (jobs.size() >= REMEMBERED) {
            jobs.values().removeIf(old -> old.state() == ReportJob.State.DONE || old.state() == ReportJob.State.FAILED);
        }
        jobs.put(job.id(), job);
        ledger.queued(job.id(), asked, clock.instant());
        executor.execute(() -> {
            note(job.id(), ReportJob.State.RUNNING);
            job.run();
            note(job.id(), job.state());
        });
        return job;
    }

    private void note(String id, ReportJob.State state) {
        try {
            ledger.state(id, state, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot write down that report job " + id + " is " + state, e);
        }
    }

    public Optional<ReportJob> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(jobs.get(id));
    }

    /** The jobs that failed or were cut short and have not been asked for again. */
    public List<JobLedger.Failed> failed() {
        return ledger.failed();
    }

    /** Takes a failed job off the list, as it is being asked for again; false when someone did already. */
    public boolean retrying(String id) {
        return ledger.retried(id);
    }

    /**
     * At start, when no job can be running: marks the jobs left queued or running as failed and
     * deletes the partial files in the report folder. Returns how many jobs were marked.
     */
    public int recoverAfterCrash() {
        int unfinished = ledger.failUnfinished(clock.instant());
        int removed = removePartialFiles(archive.folder());
        if (unfinished > 0 || removed > 0) {
            LOG.warning(() -> unfinished + " report job(s) cut short by the last stop marked failed; "
                    + removed + " partial file(s) removed from " + archive.folder());
        }
        return unfinished;
    }

    static int removePartialFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "*.part")) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
                removed++;
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot remove the partial files in " + folder, e);
        }
        return removed;
    }
}
