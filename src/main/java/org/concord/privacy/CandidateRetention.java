package org.concord.privacy;

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
import org.concord.database.ClusterTurns;

/**
 * Erases the candidates whose retention date has passed, with everything of theirs: once an
 * hour for the whole cluster, by whichever instance takes the turn ({@link ClusterTurns}; each
 * instance asks two minutes after start-up, then every five minutes, on its managed scheduler). Each candidate
 * is erased in a transaction of its own, so one that fails does not keep the others; the
 * next pass tries it again. The time comes from the service's {@code Clock}.
 */
@ApplicationScoped
public class CandidateRetention {

    private static final Logger LOG = Logger.getLogger(CandidateRetention.class.getName());
    /** Its name in {@code cluster_turn}. */
    public static final String TASK = "candidate-retention";

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private PrivacyService privacy;

    @Inject
    private ClusterTurns turns;

    @Inject
    private Clock clock;

    private ScheduledFuture<?> schedule;

    protected CandidateRetention() {
        // for CDI
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        schedule = scheduler.scheduleWithFixedDelay(this::turn, 2, 5, TimeUnit.MINUTES);
    }

    /** Runs a pass when it is this instance's turn (no instance ran one in the last hour); returns whether it ran. */
    public boolean turn() {
        try {
            if (!turns.take(TASK, Duration.ofHours(1), clock.instant())) {
                return false;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot take the candidate retention turn; the next look tries again", e);
            return false;
        }
        run();
        return true;
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
