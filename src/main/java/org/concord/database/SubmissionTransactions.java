package org.concord.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The transactions behind {@link Submissions}: writing a key down and doing its work in one
 * transaction (the key is flushed first, so a second post of it waits on, or fails at, the
 * database's unique key before doing anything), and reading a key's result in a transaction
 * of its own. Keys older than a week are deleted now and then.
 */
@ApplicationScoped
public class SubmissionTransactions {

    static final Duration KEPT = Duration.ofDays(7);

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    /** How many posts of each key are at work in this server, so that a repeat here knows to wait for the first. */
    private final Map<String, Integer> running = new ConcurrentHashMap<>();

    protected SubmissionTransactions() {
        // for CDI
    }

    @Transactional
    public String claimAndRun(String key, String action, Supplier<String> work) {
        if (ThreadLocalRandom.current().nextInt(200) == 0) {
            entityManager.createNamedQuery("Submission.deleteBefore")
                    .setParameter("before", clock.instant().minus(KEPT).atOffset(java.time.ZoneOffset.UTC)).executeUpdate();
        }
        running.merge(key, 1, Integer::sum);
        try {
            Submission submission = new Submission(key, action, clock.instant());
            entityManager.persist(submission);
            entityManager.flush();
            String result = work.get();
            submission.done(result);
            return result;
        } finally {
            running.computeIfPresent(key, (k, count) -> count > 1 ? count - 1 : null);
        }
    }

    /** The result of {@code key} as committed: empty when no post of it has committed, else its result (maybe none). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Optional<String>> resultOf(String key) {
        Submission found = entityManager.find(Submission.class, key);
        if (found != null) {
            entityManager.refresh(found);
        }
        return found == null ? Optional.empty() : Optional.of(Optional.ofNullable(found.getResult()));
    }

    /** Whether a post of {@code key} is still at work in this server. */
    public boolean pending(String key) {
        return running.containsKey(key);
    }
}
