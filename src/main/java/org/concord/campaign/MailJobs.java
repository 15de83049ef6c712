package org.concord.campaign;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concord.kernel.Refusal;

/**
 * Runs a campaign's mailings (invitations, reminders) on the server's managed executor, so
 * that talking to the mail server never holds a request thread, and keeps the recent ones for
 * the campaign page to follow: progress, then the result per address. Only the page that
 * started a mailing knows its random id; the last hundred are remembered.
 */
@ApplicationScoped
public class MailJobs {

    private static final Logger LOG = Logger.getLogger(MailJobs.class.getName());
    private static final int REMEMBERED = 100;

    /** One mailing: how far it is, and how it ended. */
    public static final class Job implements MailProgress {

        private final String id = java.util.UUID.randomUUID().toString();
        private final AtomicInteger total = new AtomicInteger(-1);
        private final AtomicInteger done = new AtomicInteger();
        private volatile MailResult result;
        private volatile Refusal refusal;
        private volatile boolean finished;

        @Override
        public void total(int messages) {
            total.set(messages);
        }

        @Override
        public void done(int messages) {
            done.set(messages);
        }

        public String id() {
            return id;
        }

        /** 0..100; 100 once finished, well or not. */
        public int percent() {
            int all = total.get();
            return finished ? 100 : all <= 0 ? 0 : Math.min(99, done.get() * 100 / all);
        }

        public boolean finished() {
            return finished;
        }

        /** The result, once finished without a refusal. */
        public Optional<MailResult> result() {
            return Optional.ofNullable(result);
        }

        /** Why nothing was sent, once finished so. */
        public Optional<Refusal> refusal() {
            return Optional.ofNullable(refusal);
        }
    }

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Inject
    private InvitationMailer mailer;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /** Starts e-mailing invitations (the links just issued, or new ones) and returns the job. */
    public Job invite(long campaignId, String baseUrl, IssuedLinks issued, Locale locale) {
        Job job = new Job();
        return start(job, () -> mailer.invite(campaignId, baseUrl, issued, locale, job));
    }

    /** Starts e-mailing reminders and returns the job. */
    public Job remind(long campaignId, String baseUrl, Locale locale) {
        Job job = new Job();
        return start(job, () -> mailer.remind(campaignId, baseUrl, locale, job));
    }

    public Optional<Job> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(jobs.get(id));
    }

    private Job start(Job job, java.util.function.Supplier<MailResult> mailing) {
        if (jobs.size() >= REMEMBERED) {
            jobs.values().removeIf(Job::finished);
        }
        jobs.put(job.id(), job);
        executor.execute(() -> {
            try {
                job.result = mailing.get();
            } catch (Refusal refused) {
                job.refusal = refused;
            } catch (RuntimeException failed) {
                LOG.log(Level.SEVERE, "A campaign mailing failed", failed);
                job.refusal = new Refusal("hr.mail.failed", "?");
            } finally {
                job.finished = true;
            }
        });
        return job;
    }
}
