package org.concord.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Makes an action that creates or changes something safe to repeat: {@link #once} runs it in
 * one transaction together with writing its key down ({@link Submission}, unique in the
 * database), so a second post of the same key (a double click, two posts at once, on any
 * server) fails to write the key, waits for the first to finish, and gets the first one's
 * result without doing anything. A failed action writes nothing, so it may be tried again.
 */
@ApplicationScoped
public class Submissions {

    private static final Logger LOG = Logger.getLogger(Submissions.class.getName());
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(30);

    /** What came of a post: the result, and whether it was a repeat that did nothing. */
    public record Outcome(String result, boolean repeat) {
    }

    @Inject
    private SubmissionTransactions transactions;

    protected Submissions() {
        // for CDI
    }

    /**
     * Runs {@code work} unless {@code key} has run already, and returns its result (an id, a
     * name: what the page needs to show it). Without a key (a form that carries none) the work
     * simply runs. The work's own refusals pass through unchanged.
     */
    public Outcome once(String key, String action, Supplier<String> work) {
        if (key == null) {
            return new Outcome(work.get(), false);
        }
        try {
            return new Outcome(transactions.claimAndRun(key, action, work), false);
        } catch (RuntimeException failed) {
            Optional<String> first = firstResult(key);
            if (first.isPresent()) {
                LOG.fine(() -> action + " was posted again; the first post's result is shown");
                return new Outcome(first.get(), true);
            }
            throw failed;
        }
    }

    /** The first post's result once it is committed; empty when there is none (the first failed too). */
    private Optional<String> firstResult(String key) {
        long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        while (true) {
            Optional<Optional<String>> found = transactions.resultOf(key);
            if (found.isPresent()) {
                return Optional.of(found.get().orElse(""));
            }
            if (System.nanoTime() > deadline || !transactions.pending(key)) {
                // the first post has ended (committed or failed) or runs elsewhere: read once more
                return transactions.resultOf(key).map(result -> result.orElse(""));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
