package org.concord.report;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concord.config.Limits;

/**
 * Deletes report files, and their archive rows, once they are older than the retention
 * period ({@code concord.reports.retentionDays}, 30 days unless set): a minute after start-up,
 * then every hour. Reports hold personal data; keeping them no longer than needed is the rule.
 */
@ApplicationScoped
public class RetentionCleaner {

    private static final Logger LOG = Logger.getLogger(RetentionCleaner.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private ReportArchive archive;

    @Inject
    private Limits limits;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        schedule = scheduler.scheduleWithFixedDelay(this::clean, 1, 60, TimeUnit.MINUTES);
    }

    /** One pass: returns how many files were deleted. */
    public int clean() {
        try {
            int days = limits.reportRetentionDays();
            int deleted = archive.deleteOlderThan(days);
            if (deleted > 0) {
                LOG.log(Level.INFO, "Deleted {0} report files older than {1} days", new Object[] {deleted, days});
            }
            return deleted;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The report retention pass failed; the next one tries again", e);
            return 0;
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
