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
        if (jobs.size() >= REMEMBERED) {
            jobs.values().removeIf(job -> job.state() == ReportJob.State.DONE || job.state() == ReportJob.State.FAILED);
        }
        ReportJob job = new ReportJob(request, new RawDataExport(dataSource), archive, clock);
        jobs.put(job.id(), job);
        executor.execute(job);
        return job;
    }

    public Optional<ReportJob> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(jobs.get(id));
    }
}
