package org.concord.report;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concord.config.Limits;
import org.concord.database.ClusterTurns;

/**
 * Deletes report files, and their archive rows, once they are older than the retention
 * period ({@code concord.reports.retentionDays}, 30 days unless set): once an hour for the whole
 * cluster, by whichever instance takes the turn ({@link ClusterTurns}; each instance asks a
 * minute after start-up, then every five minutes). Reports hold personal data; keeping them no
 * longer than needed is the rule.
 */
@ApplicationScoped
public class RetentionCleaner {

    private static final Logger LOG = Logger.getLogger(RetentionCleaner.class.getName());
    static final String TASK = "report-retention";

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private ReportArchive archive;

    @Inject
    private Limits limits;

    @Inject
    private ClusterTurns turns;

    @Inject
    private Clock clock;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        schedule = scheduler.scheduleWithFixedDelay(this::turn, 1, 5, TimeUnit.MINUTES);
    }

    /** Runs a pass when it is this instance's turn (no instance ran one in the last hour); returns whether it ran. */
    public boolean turn() {
        try {
            if (!turns.take(TASK, Duration.ofHours(1), clock.instant())) {
                return false;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot take the report retention turn; the next look tries again", e);
            return false;
        }
        clean();
        return true;
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
