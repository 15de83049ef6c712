package org.concord.campaign;

import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * The SMTP server Concord sends invitations through: {@code concord.smtp.host},
 * {@code .port} (default 25), {@code .user} and {@code .password} (both or neither),
 * {@code .from} (the sender address) and {@code .starttls} (true to require TLS). Without a
 * host and a sender, Concord sends no e-mail and says so.
 */
public record MailSettings(String host, int port, String user, String password, String from, boolean startTls) {

    /** The configured server, or empty when e-mail is not set up. */
    public static Optional<MailSettings> configured(Config config) {
        Optional<String> host = config.getOptionalValue("concord.smtp.host", String.class);
        Optional<String> from = config.getOptionalValue("concord.smtp.from", String.class);
        if (host.isEmpty() || from.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MailSettings(host.get(), config.getValue("concord.smtp.port", Integer.class),
                config.getOptionalValue("concord.smtp.user", String.class).orElse(null),
                config.getOptionalValue("concord.smtp.password", String.class).orElse(null),
                from.get(), config.getValue("concord.smtp.starttls", Boolean.class)));
    }

    /** The Jakarta Mail session properties for this server, with timeouts so a dead server never hangs a page. */
    public Properties properties() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.auth", String.valueOf(user != null));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        return properties;
    }

    @Override
    public String toString() {
        return "MailSettings[" + host + ":" + port + ", user " + user + ", from " + from + "]";
    }
}
