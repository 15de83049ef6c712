package org.concord.campaign;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.concord.database.ClusterTurns;
import org.concord.database.ConcordDatabase;
import org.concord.kernel.Refusal;

/**
 * Runs a campaign's mailings (invitations, reminders) on the server's managed executor, so
 * that talking to the mail server never holds a request thread, and writes each down in the
 * {@link MailLedger} as it goes: any instance can then tell the campaign page or the API how a
 * mailing goes and how it went (progress, then the result per address), and a mailing whose
 * instance died reads as cut short. Only the page or the call that started a mailing knows its
 * random id; mailings are forgotten after a week.
 */
@ApplicationScoped
public class MailJobs {

    private static final Logger LOG = Logger.getLogger(MailJobs.class.getName());
    private static final Duration BEAT = Duration.ofSeconds(2);
    private static final Duration KEPT = Duration.ofDays(7);

    /** One mailing as any instance reads it: how far it is (0..100, 100 once finished), and how it ended. */
    public record Job(String id, int percent, boolean finished, MailResult outcome, Refusal refused) {

        /** The result, once finished without a refusal. */
        public Optional<MailResult> result() {
            return Optional.ofNullable(outcome);
        }

        /** Why nothing (more) was sent, once finished so. */
        public Optional<Refusal> refusal() {
            return Optional.ofNullable(refused);
        }
    }

    /** The sending side: counts as the mailer reports, written down at most every {@link #BEAT} and at the end. */
    private final class Sending implements MailProgress {

        private final String id;
        private volatile int total = -1;
        private volatile int done;
        private volatile Instant written = Instant.MIN;

        Sending(String id) {
            this.id = id;
        }

        @Override
        public void total(int messages) {
            total = messages;
            write(true);
        }

        @Override
        public void done(int messages) {
            done = messages;
            write(false);
        }

        void write(boolean now) {
            Instant at = clock.instant();
            if (now || !written.plus(BEAT).isAfter(at)) {
                written = at;
                ledger.progress(id, total, done, at);
            }
        }
    }

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Resource(lookup = ConcordDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private InvitationMailer mailer;

    @Inject
    private ClusterTurns turns;

    @Inject
    private Clock clock;

    private MailLedger ledger;

    @PostConstruct
    void init() {
        ledger = new MailLedger(dataSource);
    }

    /** Starts e-mailing invitations (the links just issued, or new ones) and returns the job. */
    public Job invite(long campaignId, String baseUrl, IssuedLinks issued, Locale locale) {
        return start(campaignId, sending -> mailer.invite(campaignId, baseUrl, issued, locale, sending));
    }

    /** Starts e-mailing reminders and returns the job. */
    public Job remind(long campaignId, String baseUrl, Locale locale) {
        return start(campaignId, sending -> mailer.remind(campaignId, baseUrl, locale, sending));
    }

    /** How mailing {@code id} goes or went, on whichever instance it runs; empty for no or an unknown id. */
    public Optional<Job> find(String id) {
        return id == null ? Optional.empty() : ledger.find(id, clock.instant());
    }

    private Job start(long campaignId, Function<MailProgress, MailResult> mailing) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        ledger.forget(now.minus(KEPT));
        ledger.started(id, campaignId, turns.instance(), now);
        Sending sending = new Sending(id);
        executor.execute(() -> {
            MailResult result = null;
            Refusal refusal = null;
            try {
                result = mailing.apply(sending);
            } catch (Refusal refused) {
                refusal = refused;
            } catch (RuntimeException failed) {
                LOG.log(Level.SEVERE, "A campaign mailing failed", failed);
                refusal = new Refusal("hr.mail.failed", "?");
            }
            ledger.finished(id, result, refusal, clock.instant());
        });
        return new Job(id, 0, false, null, null);
    }
}
