package org.concord.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concord.kernel.Refusal;
import org.eclipse.microprofile.config.Config;

/**
 * E-mails a campaign's personal links through the configured SMTP server ({@link MailSettings}),
 * one plain-text message per member carrying their own link and nobody else's, in English or
 * French from the message bundles. Invitations use the links just issued (or make them);
 * reminders carry new links for those who have not finished. A member's stored link changes
 * only when the mail server has accepted the message carrying the new one, so a mail server
 * that fails or refuses an address leaves the old links working; the result says, per address,
 * what happened. Shared links are never e-mailed: HR hands them out. No database transaction
 * is held while the server is talked to ({@link MailJobs} runs a mailing on the managed executor).
 */
@ApplicationScoped
public class InvitationMailer {

    private static final Logger LOG = Logger.getLogger(InvitationMailer.class.getName());

    @Inject
    private InvitationService invitations;

    @Inject
    private Clock clock;

    @Inject
    private Config config;

    protected InvitationMailer() {
        // for CDI
    }

    /** Whether an SMTP server is configured. */
    public boolean configured() {
        return MailSettings.configured(config).isPresent();
    }

    /**
     * Sends each member their personal link: the links in {@code issued} when HR has just
     * generated them, else a link for every member who has not started (an unused link is
     * replaced only once the message carrying its successor is accepted).
     */
    public MailResult invite(long campaignId, String baseUrl, IssuedLinks issued, Locale locale) {
        return invite(campaignId, baseUrl, issued, locale, MailProgress.NONE);
    }

    /** As {@link #invite(long, String, IssuedLinks, Locale)}, telling {@code progress} after each message. */
    public MailResult invite(long campaignId, String baseUrl, IssuedLinks issued, Locale locale, MailProgress progress) {
        MailSettings server = server();
        if (issued != null && issued.mode() != LinkMode.PERSONAL) {
            throw new Refusal("hr.mail.shared");
        }
        InvitationService.Drafts drafts = issued != null ? InvitationService.Drafts.of(issued)
                : invitations.draftInvitations(campaignId, baseUrl);
        return send(server, drafts, locale, false, progress);
    }

    /** Reminds every invited member who has not finished, with a new link that replaces theirs once accepted. */
    public MailResult remind(long campaignId, String baseUrl, Locale locale) {
        return remind(campaignId, baseUrl, locale, MailProgress.NONE);
    }

    /** As {@link #remind(long, String, Locale)}, telling {@code progress} after each message. */
    public MailResult remind(long campaignId, String baseUrl, Locale locale, MailProgress progress) {
        MailSettings server = server();
        return send(server, invitations.draftReminders(campaignId, baseUrl), locale, true, progress);
    }

    /**
     * Sends one message per link; each accepted message makes its link the member's
     * ({@link InvitationService#delivered}), in a transaction of its own. A refused address is
     * noted and the others go on; when the connection to the server breaks, every address not
     * yet sent to is noted as failed, and all their links stay as they were.
     */
    private MailResult send(MailSettings server, InvitationService.Drafts drafts, Locale locale, boolean reminder,
                            MailProgress progress) {
        ResourceBundle texts = ResourceBundle.getBundle("messages", locale);
        String kind = reminder ? "hr.mail.remind." : "hr.mail.invite.";
        String closes = drafts.closesOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        Session session = Session.getInstance(server.properties());
        List<Delivery> deliveries = new ArrayList<>();
        List<PendingLink> addressed = drafts.links();
        progress.total(addressed.size());
        int next = 0;
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(server.host(), server.port(), server.user(), server.password());
            for (; next < addressed.size(); next++) {
                PendingLink pending = addressed.get(next);
                IssuedLink link = pending.link();
                try {
                    MimeMessage message = new MimeMessage(session);
                    message.setFrom(new InternetAddress(server.from()));
                    message.setRecipient(Message.RecipientType.TO, new InternetAddress(link.email(), link.member(), "UTF-8"));
                    message.setSubject(format(texts, kind + "subject", locale, drafts.campaign()), "UTF-8");
                    message.setText(format(texts, kind + "body", locale, link.member(), drafts.campaign(),
                            drafts.waveLabel(), link.url(), closes), "UTF-8");
                    message.setSentDate(java.util.Date.from(clock.instant()));
                    message.saveChanges();
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException | java.io.UnsupportedEncodingException refused) {
                    if (!transport.isConnected()) {
                        throw refused instanceof MessagingException broken ? broken : new MessagingException("lost", refused);
                    }
                    LOG.log(Level.WARNING, "The mail server refused a message: {0}", refused.getMessage());
                    deliveries.add(new Delivery(link.member(), link.email(), false));
                    progress.done(deliveries.size());
                    continue;
                }
                invitations.delivered(pending, reminder);
                deliveries.add(new Delivery(link.member(), link.email(), true));
                progress.done(deliveries.size());
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send campaign e-mails through " + server, e);
            if (deliveries.stream().noneMatch(Delivery::accepted) && deliveries.isEmpty()) {
                throw new Refusal("hr.mail.failed", server.host());
            }
            addressed.subList(Math.min(deliveries.size(), addressed.size()), addressed.size())
                    .forEach(pending -> deliveries.add(new Delivery(pending.link().member(), pending.link().email(), false)));
        }
        int sent = (int) deliveries.stream().filter(Delivery::accepted).count();
        List<String> failed = deliveries.stream().filter(d -> !d.accepted()).map(Delivery::email).toList();
        LOG.log(Level.INFO, "Campaign e-mails sent: {0}, refused: {1}", new Object[] {sent, failed.size()});
        return new MailResult(sent, failed, drafts.withoutEmail(), deliveries);
    }

    private MailSettings server() {
        return MailSettings.configured(config).orElseThrow(() -> new Refusal("hr.mail.notConfigured"));
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
