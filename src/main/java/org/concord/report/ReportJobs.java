package org.concord.report;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.concord.database.ConcordDatabase;

/**
 * Starts report jobs on the server's managed executor, so a long export neither holds a
 * request thread nor escapes the container, and keeps the recent ones so that pages can poll
 * their progress by id. Only the last hundred are remembered; the archive keeps the files.
 * A job is remembered by a random id that only the page which started it knows.
 */
@ApplicationScoped
public class ReportJobs {

    private static final int REMEMBERED = 100;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Resource(lookup = ConcordDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private ReportArchive archive;

    @Inject
    private Clock clock;

    private final Map<String, ReportJob> jobs = new ConcurrentHashMap<>();

    /** Queues a raw export (HR only: see {@link RawDataExport}) and returns its job. */
    public ReportJob startRawExport(ReportJob.Request request) {
        return start(new ReportJob(request, new RawDataExport(dataSource, clock), archive, clock));
    }

    /** Queues any other report (a team report, whose content decided on the request thread whom it is for). */
    public ReportJob start(ReportContent content) {
        return start(new ReportJob(content, archive, clock));
    }

    private ReportJob start(ReportJob job) {
        if (jobs.size() >= REMEMBERED) {
            jobs.values().removeIf(old -> old.state() == ReportJob.State.DONE || old.state() == ReportJob.State.FAILED);
        }
        jobs.put(job.id(), job);
        executor.execute(job);
        return job;
    }

    public Optional<ReportJob> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(jobs.get(id));
    }
}
