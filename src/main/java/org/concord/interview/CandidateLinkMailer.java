package org.concord.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concord.campaign.MailSettings;
import org.concord.candidate.Candidate;
import org.concord.kernel.Refusal;
import org.concord.security.Caller;
import org.eclipse.microprofile.config.Config;

/**
 * E-mails a candidate the personal self-report link their recruiter has just made, through the
 * SMTP server HR's invitations go through ({@link MailSettings}): one plain-text message in the
 * recruiter's language to the candidate's stored address, and nothing else. The link must be the
 * candidate's current one ({@link SelfReportService#linkRecipient}); the sending is audited once
 * the mail server has accepted it. No transaction is held while the server is talked to.
 */
@ApplicationScoped
public class CandidateLinkMailer {

    private static final Logger LOG = Logger.getLogger(CandidateLinkMailer.class.getName());

    @Inject
    private SelfReportService selfReports;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    protected CandidateLinkMailer() {
        // for CDI
    }

    /** Sends {@code url} (the link whose token is {@code token}) to the candidate; returns the address it went to. */
    public String send(Optional<Caller> caller, long candidateId, String token, String url, Locale locale) {
        MailSettings server = MailSettings.configured(config).orElseThrow(() -> new Refusal("hr.mail.notConfigured"));
        Candidate candidate = selfReports.linkRecipient(caller, candidateId, token);
        ResourceBundle texts = ResourceBundle.getBundle("messages", locale);
        Session session = Session.getInstance(server.properties());
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(server.host(), server.port(), server.user(), server.password());
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(server.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(candidate.getEmail(), candidate.getName(), "UTF-8"));
            message.setSubject(format(texts, "recruiter.mail.subject", locale, candidate.getPosition()), "UTF-8");
            message.setText(format(texts, "recruiter.mail.body", locale, candidate.getName(), candidate.getPosition(), url), "UTF-8");
            message.setSentDate(java.util.Date.from(clock.instant()));
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | UnsupportedEncodingException e) {
            LOG.log(Level.WARNING, "Could not e-mail a candidate's link through " + server, e);
            throw new Refusal("recruiter.mail.failed", server.host());
        }
        selfReports.linkMailed(caller, candidateId);
        return candidate.getEmail();
    }

    private static String format(ResourceBundle texts, String key, Locale locale, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
