package org.concord.privacy;

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

/**
 * Erases the candidates whose retention date has passed, with everything of theirs: two
 * minutes after start-up, then every hour, on the server's managed scheduler. Each candidate
 * is erased in a transaction of its own, so one that fails does not keep the others; the
 * next pass tries it again. The time comes from the service's {@code Clock}.
 */
@ApplicationScoped
public class CandidateRetention {

    private static final Logger LOG = Logger.getLogger(CandidateRetention.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private PrivacyService privacy;

    private ScheduledFuture<?> schedule;

    protected CandidateRetention() {
        // for CDI
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        schedule = scheduler.scheduleWithFixedDelay(this::run, 2, 60, TimeUnit.MINUTES);
    }

    /** One pass: returns how many candidates were erased. */
    public int run() {
        int erased = 0;
        try {
            for (long candidate : privacy.expiredCandidates()) {
                try {
                    if (privacy.eraseExpired(candidate)) {
                        erased++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not erase expired candidate " + candidate + "; the next pass tries again", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The candidate retention pass failed; the next one tries again", e);
        }
        if (erased > 0) {
            LOG.log(Level.INFO, "Erased {0} candidates past their retention date", erased);
        }
        return erased;
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
