package org.concord.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.concord.database.TestDatabase;
import org.concord.kernel.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A mailing as every instance reads it from the database: its progress while it runs, its
 * outcome once done (counts, failed addresses, result per address, or the refusal, word for
 * word), cut short once its instance has been silent too long, and forgotten after a while.
 */
class MailLedgerTest {

    private static final Instant NINE = Instant.parse("2026-11-30T09:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherInstanceReadsTheProgressThenTheOutcomeWordForWord(TestDatabase database) {
        javax.sql.DataSource shared = database.fresh();
        MailLedger sender = new MailLedger(shared);
        MailLedger other = new MailLedger(shared); // another instance's, on the same database
        sender.started("m1", 7, "instance-a", NINE);
        assertEquals(Optional.of(new MailJobs.Job("m1", 0, false, null, null)), other.find("m1", NINE.plusSeconds(1)));

        sender.progress("m1", 40, 10, NINE.plusSeconds(2));
        assertEquals(25, other.find("m1", NINE.plusSeconds(3)).orElseThrow().percent());

        MailResult result = new MailResult(38, List.of("ada@example.org", "bo@example.org"), 3,
                List.of(new Delivery("Ada Martin", "ada@example.org", false), new Delivery("Chloé Dubois", "chloe@example.org", true),
                        new Delivery(null, null, false)));
        sender.finished("m1", result, null, NINE.plusSeconds(4));
        MailJobs.Job done = other.find("m1", NINE.plusSeconds(600)).orElseThrow();
        assertTrue(done.finished(), "finished stays finished, however long ago");
        assertEquals(100, done.percent());
        assertEquals(result, done.result().orElseThrow());
        assertEquals(result.deliveries(), done.result().orElseThrow().deliveries(), "the result per address too");
        assertEquals(Optional.empty(), done.refusal());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRefusalIsReadBackWithItsArguments(TestDatabase database) {
        MailLedger ledger = new MailLedger(database.fresh());
        ledger.started("m2", 7, "instance-a", NINE);
        ledger.finished("m2", null, new Refusal("hr.mail.failed", "smtp.example.org"), NINE);
        Refusal refused = ledger.find("m2", NINE).orElseThrow().refusal().orElseThrow();
        assertEquals("hr.mail.failed", refused.key());
        assertEquals(List.of("smtp.example.org"), List.of(refused.arguments()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMailingWhoseInstanceWentSilentIsCutShortNotRunningForEver(TestDatabase database) {
        MailLedger ledger = new MailLedger(database.fresh());
        ledger.started("m3", 7, "instance-a", NINE);
        ledger.progress("m3", 200, 120, NINE.plusSeconds(5));
        assertFalse(ledger.find("m3", NINE.plusSeconds(5).plus(MailLedger.SILENT)).orElseThrow().finished(),
                "silent for no longer than the limit: still running");
        MailJobs.Job cut = ledger.find("m3", NINE.plusSeconds(6).plus(MailLedger.SILENT)).orElseThrow();
        assertTrue(cut.finished());
        assertEquals("hr.mail.cutShort", cut.refusal().orElseThrow().key());
        assertEquals(List.of(120, 200), List.of(cut.refusal().orElseThrow().arguments()), "how many had gone, of how many");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oldMailingsAreForgottenAndUnknownOnesAreNotFound(TestDatabase database) {
        MailLedger ledger = new MailLedger(database.fresh());
        ledger.started("old", 7, "instance-a", NINE);
        ledger.started("new", 7, "instance-a", NINE.plusSeconds(3600));
        assertEquals(1, ledger.forget(NINE.plusSeconds(60)));
        assertEquals(Optional.empty(), ledger.find("old", NINE.plusSeconds(3600)));
        assertTrue(ledger.find("new", NINE.plusSeconds(3600)).isPresent());
        assertEquals(Optional.empty(), ledger.find("never", NINE));
    }
}
