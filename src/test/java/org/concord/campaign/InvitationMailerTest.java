package org.concord.campaign;

import static org.concord.campaign.HrFixture.BASE;
import static org.concord.campaign.HrFixture.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.concord.kernel.Refusal;

class InvitationMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Pattern LINK = Pattern.compile("https://concord\\.example\\.org/respond/answer\\.xhtml\\?t=([A-Za-z0-9_-]+)");

    private static InvitationMailer mailer(Container container) {
        return mailerAt(container, SMTP.getSmtp().getPort());
    }

    /** Each received message's recipient and the tokens of every link in it. */
    private static Map<String, List<String>> linksByRecipient(MimeMessage[] messages) throws Exception {
        Map<String, List<String>> links = new HashMap<>();
        for (MimeMessage message : messages) {
            String to = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
            assertEquals(1, message.getAllRecipients().length);
            List<String> tokens = new ArrayList<>();
            Matcher matcher = LINK.matcher((String) message.getContent());
            while (matcher.find()) {
                tokens.add(matcher.group(1));
            }
            links.put(to, tokens);
        }
        return links;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachMemberGetsTheirOwnLinkAndRemindersGoOnlyToThoseNotFinished(TestDatabase database) throws Exception {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long team = HrFixture.team(container, "Support", "Ada Lovelace <ada@example.org>", "Bob <bob@example.org>",
                    "Chloé <chloe@example.org>", "No Address");
            long campaign = HrFixture.campaign(container, LinkMode.PERSONAL, List.of(team));
            IssuedLinks issued = container.get(InvitationService.class).issue(campaign, BASE);

            MailResult result = mailer(container).invite(campaign, BASE, issued, Locale.ENGLISH);

            assertEquals(new MailResult(3, List.of(), 1), result);
            MimeMessage[] received = SMTP.getReceivedMessages();
            assertEquals(3, received.length);
            Map<String, List<String>> links = linksByRecipient(received);
            for (IssuedLink link : issued.links()) {
                if (link.email() != null) {
                    assertEquals(List.of(Answering.token(link.url())), links.get(link.email()),
                            "exactly their own link, nobody else's");
                }
            }
            assertEquals("Autumn review: your invitation to answer", received[0].getSubject());
            assertEquals("hr@concord.example.org", ((InternetAddress) received[0].getFrom()[0]).getAddress());
            assertTrue(((String) received[0].getContent()).contains("before team building"));
            container.inTransaction(em -> {
                assertEquals(3L, em.createQuery("SELECT COUNT(i) FROM Invitation i WHERE i.sentAt IS NOT NULL", Long.class)
                        .getSingleResult());
                return null;
            });

            String ada = Answering.token(issued.links().stream().filter(l -> "ada@example.org".equals(l.email()))
                    .findFirst().orElseThrow().url());
            Answering.submit(container, ada, item -> 4);
            SMTP.purgeEmailFromAllMailboxes();

            MailResult reminded = mailer(container).remind(campaign, BASE, Locale.FRENCH);

            assertEquals(2, reminded.sent());
            MimeMessage[] reminders = SMTP.getReceivedMessages();
            Map<String, List<String>> renewed = linksByRecipient(reminders);
            assertEquals(java.util.Set.of("bob@example.org", "chloe@example.org"), renewed.keySet());
            assertTrue(reminders[0].getSubject().startsWith("Rappel"), reminders[0].getSubject());
            for (List<String> tokens : renewed.values()) {
                assertEquals(1, tokens.size());
                String token = tokens.get(0);
                assertNotNull(container.inTransaction(em -> em.createNamedQuery("Invitation.findByTokenHash", Invitation.class)
                        .setParameter("hash", org.concord.kernel.AccessToken.hash(token)).getSingleResult()),
                        "the reminder's link works");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sharedLinksAreNeverEMailedNorReminded(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long team = HrFixture.team(container, "Support", "Ada <ada@example.org>");
            long campaign = HrFixture.campaign(container, LinkMode.SHARED, List.of(team));
            assertEquals("hr.mail.shared", assertThrows(Refusal.class,
                    () -> mailer(container).invite(campaign, BASE, null, Locale.ENGLISH)).key());
            assertEquals("hr.remind.shared", assertThrows(Refusal.class,
                    () -> mailer(container).remind(campaign, BASE, Locale.ENGLISH)).key());
            assertEquals(0, SMTP.getReceivedMessages().length);
        }
    }

    /** The token hash stored for each member's link, by e-mail address. */
    private static Map<String, String> storedHashes(Container container) {
        return container.inTransaction(em -> {
            Map<String, String> hashes = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT m.email, i.tokenHash FROM Invitation i JOIN i.member m", Object[].class)
                    .getResultList()) {
                hashes.put((String) row[0], (String) row[1]);
            }
            return hashes;
        });
    }

    /** The mailer, once the SMTP server on {@code port} of this machine is configured. */
    private static InvitationMailer mailerAt(Container container, int port) {
        container.set("concord.smtp.host", "127.0.0.1");
        container.set("concord.smtp.port", String.valueOf(port));
        container.set("concord.smtp.from", "hr@concord.example.org");
        return container.get(InvitationMailer.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRefusedRecipientKeepsTheirWorkingLinkAndTheOthersGetNewOnes(TestDatabase database) throws Exception {
        try (Container container = new Container(database.fresh(), CLOCK); FakeSmtp smtp = new FakeSmtp(java.util.Set.of("bob@example.org"), 99)) {
            long team = HrFixture.team(container, "Support", "Ada <ada@example.org>", "Bob <bob@example.org>", "Chloé <chloe@example.org>");
            long campaign = HrFixture.campaign(container, LinkMode.PERSONAL, List.of(team));
            container.get(InvitationService.class).issue(campaign, BASE);
            Map<String, String> before = storedHashes(container);

            MailResult reminded = mailerAt(container, smtp.port()).remind(campaign, BASE, Locale.ENGLISH);

            assertEquals(2, reminded.sent());
            assertEquals(List.of("bob@example.org"), reminded.failed());
            assertEquals(List.of(new Delivery("Ada", "ada@example.org", true), new Delivery("Bob", "bob@example.org", false),
                    new Delivery("Chloé", "chloe@example.org", true)), reminded.deliveries());
            Map<String, String> after = storedHashes(container);
            assertEquals(before.get("bob@example.org"), after.get("bob@example.org"), "Bob's old link still works");
            assertTrue(!before.get("ada@example.org").equals(after.get("ada@example.org")), "Ada's link was replaced");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMailServerDyingMidRunLeavesTheLinksOfEveryoneNotReachedWorking(TestDatabase database) throws Exception {
        try (Container container = new Container(database.fresh(), CLOCK); FakeSmtp smtp = new FakeSmtp(java.util.Set.of(), 1)) {
            long team = HrFixture.team(container, "Support", "Ada <ada@example.org>", "Bob <bob@example.org>", "Chloé <chloe@example.org>");
            long campaign = HrFixture.campaign(container, LinkMode.PERSONAL, List.of(team));
            container.get(InvitationService.class).issue(campaign, BASE);
            Map<String, String> before = storedHashes(container);

            MailResult reminded = mailerAt(container, smtp.port()).remind(campaign, BASE, Locale.ENGLISH);

            assertEquals(1, reminded.sent());
            assertEquals(List.of("bob@example.org", "chloe@example.org"), reminded.failed());
            Map<String, String> after = storedHashes(container);
            assertTrue(!before.get("ada@example.org").equals(after.get("ada@example.org")));
            assertEquals(before.get("bob@example.org"), after.get("bob@example.org"));
            assertEquals(before.get("chloe@example.org"), after.get("chloe@example.org"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void greenMailStoppedMidRunLeavesTheRemainingLinksWorking(TestDatabase database) throws Exception {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long team = HrFixture.team(container, "Support", "Ada <ada@example.org>", "Bob <bob@example.org>", "Chloé <chloe@example.org>");
            long campaign = HrFixture.campaign(container, LinkMode.PERSONAL, List.of(team));
            container.get(InvitationService.class).issue(campaign, BASE);
            Map<String, String> before = storedHashes(container);
            MailProgress stopAfterFirst = new MailProgress() {
                @Override
                public void done(int messages) {
                    if (messages == 1) {
                        SMTP.stop();
                    }
                }
            };

            MailResult reminded = mailer(container).remind(campaign, BASE, Locale.ENGLISH, stopAfterFirst);

            assertEquals(1, reminded.sent());
            assertEquals(2, reminded.failed().size());
            Map<String, String> after = storedHashes(container);
            long replaced = before.keySet().stream().filter(email -> !before.get(email).equals(after.get(email))).count();
            assertEquals(1, replaced, "only the member whose message went out has a new link");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMailServerThatCannotBeReachedChangesNoLink(TestDatabase database) throws Exception {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long team = HrFixture.team(container, "Support", "Ada <ada@example.org>");
            long campaign = HrFixture.campaign(container, LinkMode.PERSONAL, List.of(team));
            container.get(InvitationService.class).issue(campaign, BASE);
            Map<String, String> before = storedHashes(container);
            int closedPort;
            try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
                closedPort = probe.getLocalPort();
            }

            assertEquals("hr.mail.failed", assertThrows(Refusal.class,
                    () -> mailerAt(container, closedPort).remind(campaign, BASE, Locale.ENGLISH)).key());
            assertEquals(before, storedHashes(container));
        }
    }
}
