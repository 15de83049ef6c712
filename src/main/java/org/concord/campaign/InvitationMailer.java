package org.concord.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
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
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * E-mails a campaign's personal links through the configured SMTP server ({@link MailSettings}),
 * one plain-text message per member carrying their own link and nobody else's, in English or
 * French from the message bundles. Invitations use the links just issued (or issue them);
 * reminders renew the links of those who have not finished. Shared links are never e-mailed:
 * HR hands them out. No database transaction is held while the server is talked to.
 */
@ApplicationScoped
public class InvitationMailer {

    private static final Logger LOG = Logger.getLogger(InvitationMailer.class.getName());

    @Inject
    private InvitationService invitations;

    @Inject
    private Clock clock;

    private Supplier<java.util.Optional<MailSettings>> settings = MailSettings::configured;

    protected InvitationMailer() {
        // for CDI
    }

    /** For use outside the server (tests). */
    public InvitationMailer(InvitationService invitations, MailSettings settings, Clock clock) {
        this.invitations = invitations;
        this.settings = () -> java.util.Optional.of(settings);
        this.clock = clock;
    }

    /** Whether an SMTP server is configured. */
    public boolean configured() {
        return settings.get().isPresent();
    }

    /**
     * Sends each member their personal link: the links in {@code issued} when HR has just
     * generated them, else newly issued ones (which renews every unused link).
     */
    public MailResult invite(long campaignId, String baseUrl, IssuedLinks issued, Locale locale) {
        MailSettings server = server();
        IssuedLinks links = issued != null ? issued : invitations.issue(campaignId, baseUrl);
        if (links.mode() != LinkMode.PERSONAL) {
            throw new Refusal("hr.mail.shared");
        }
        return send(server, links, locale, false);
    }

    /** Reminds every invited member who has not finished, with a renewed link. */
    public MailResult remind(long campaignId, String baseUrl, Locale locale) {
        MailSettings server = server();
        return send(server, invitations.renewUnfinished(campaignId, baseUrl), locale, true);
    }

    private MailResult send(MailSettings server, IssuedLinks links, Locale locale, boolean reminder) {
        ResourceBundle texts = ResourceBundle.getBundle("messages", locale);
        String kind = reminder ? "hr.mail.remind." : "hr.mail.invite.";
        String closes = links.closesOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        Session session = Session.getInstance(server.properties());
        List<Long> sent = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<IssuedLink> addressed = links.links().stream().filter(l -> l.email() != null).toList();
        int next = 0;
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(server.host(), server.port(), server.user(), server.password());
            for (; next < addressed.size(); next++) {
                IssuedLink link = addressed.get(next);
                try {
                    MimeMessage message = new MimeMessage(session);
                    message.setFrom(new InternetAddress(server.from()));
                    message.setRecipient(Message.RecipientType.TO, new InternetAddress(link.email(), link.member(), "UTF-8"));
                    message.setSubject(format(texts, kind + "subject", locale, links.campaign()), "UTF-8");
                    message.setText(format(texts, kind + "body", locale, link.member(), links.campaign(),
                            links.waveLabel(), link.url(), closes), "UTF-8");
                    message.setSentDate(java.util.Date.from(clock.instant()));
                    message.saveChanges();
                    transport.sendMessage(message, message.getAllRecipients());
                    sent.add(link.invitationId());
                } catch (SendFailedException | java.io.UnsupportedEncodingException refused) {
                    LOG.log(Level.WARNING, "The mail server refused a message: {0}", refused.getMessage());
                    failed.add(link.email());
                }
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send campaign e-mails through " + server, e);
            if (sent.isEmpty()) {
                throw new Refusal("hr.mail.failed", server.host());
            }
            addressed.subList(next, addressed.size()).forEach(l -> failed.add(l.email()));
        }
        invitations.markSent(sent, reminder);
        LOG.log(Level.INFO, "Campaign e-mails sent: {0}, refused: {1}", new Object[] {sent.size(), failed.size()});
        return new MailResult(sent.size(), failed, links.links().size() - addressed.size());
    }

    private MailSettings server() {
        return settings.get().orElseThrow(() -> new Refusal("hr.mail.notConfigured"));
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
