package org.concord.interview;

import static org.concord.interview.Recruiting.CLOCK;
import static org.concord.interview.Recruiting.RITA;
import static org.concord.interview.Recruiting.candidate;
import static org.concord.interview.Recruiting.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import org.concord.candidate.NewCandidate;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.kernel.Refusal;
import org.concord.security.AuditEntry;
import org.concord.security.AuditTrail;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * E-mailing a candidate the personal link just made, on H2 and PostgreSQL: one message to their
 * stored address with their current link, audited once accepted; refused for a candidate without
 * an address, for a link that is not (or no longer) theirs, and for another recruiter.
 */
class CandidateLinkMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String BASE = "https://concord.example.org/respond/answer.xhtml?t=";

    private static CandidateLinkMailer mailer(Container container) {
        container.set("concord.smtp.host", "127.0.0.1");
        container.set("concord.smtp.port", String.valueOf(SMTP.getSmtp().getPort()));
        container.set("concord.smtp.from", "recruiting@concord.example.org");
        return container.get(CandidateLinkMailer.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theCandidateGetsTheirCurrentLinkAndTheSendingIsAudited(TestDatabase database) throws Exception {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long id = create(container, RITA, candidate("Kim Mailed", "Storekeeper"));
            String old = container.get(SelfReportService.class).issueLink(RITA, id);
            String token = container.get(SelfReportService.class).issueLink(RITA, id);

            assertEquals("conflict", assertThrows(Refusal.class,
                    () -> mailer(container).send(RITA, id, old, BASE + old, Locale.ENGLISH)).kind().name().toLowerCase(Locale.ROOT),
                    "a link replaced since is not sent");
            assertEquals("recruiter.error.notYours", assertThrows(Refusal.class,
                    () -> mailer(container).send(Recruiting.recruiter("eve"), id, token, BASE + token, Locale.ENGLISH)).key());
            assertEquals(0, SMTP.getReceivedMessages().length);

            String sentTo = mailer(container).send(RITA, id, token, BASE + token, Locale.FRENCH);

            assertEquals("kim.mailed@example.org", sentTo);
            MimeMessage[] received = SMTP.getReceivedMessages();
            assertEquals(1, received.length);
            assertEquals("kim.mailed@example.org", ((InternetAddress) received[0].getAllRecipients()[0]).getAddress());
            assertEquals("Votre questionnaire pour le poste de Storekeeper", received[0].getSubject());
            String body = (String) received[0].getContent();
            assertTrue(body.contains(BASE + token), body);
            assertTrue(body.startsWith("Bonjour Kim Mailed,"), body);
            List<AuditEntry> audited = container.get(AuditTrail.class).entriesFor("candidate.link-mailed");
            assertEquals(1, audited.size());
            assertEquals("rita", audited.get(0).getActor());
            assertEquals("candidate-" + id, audited.get(0).getSubject());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCandidateWithoutAnAddressIsRefusedClearly(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long id = create(container, RITA, new NewCandidate("Lee Unmailed", null, "Storekeeper", 90, "I agree.", true));
            String token = container.get(SelfReportService.class).issueLink(RITA, id);

            assertEquals("recruiter.mail.noEmail", assertThrows(Refusal.class,
                    () -> mailer(container).send(RITA, id, token, BASE + token, Locale.ENGLISH)).key());
            assertEquals(0, SMTP.getReceivedMessages().length);
            assertEquals(List.of(), container.get(AuditTrail.class).entriesFor("candidate.link-mailed"));
        }
    }
}
