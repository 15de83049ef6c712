package org.concord.report.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.kernel.Refusal;
import org.concord.report.ReportOrders;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one way reports are ordered, by the Reports page and the API alike: a closed wave's job is
 * queued under a title in the asker's language; an open wave, an unknown campaign and a team
 * report with no team the asker may see are refused, and nothing is queued for them.
 */
class ReportOrdersTest {

    /** Before campaign "Review" closes (it closes on 2026-11-01). */
    private static final Clock WHILE_OPEN = Clock.fixed(Instant.parse("2026-10-15T09:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aClosedWavesReportsAreQueuedUnderTitlesInTheAskersLanguage(TestDatabase database, @TempDir Path folder) {
        try (Container container = new Container(database.fresh(), TeamCampaign.CLOCK, Map.of("concord.reports", folder.toString()))) {
            long id = container.inTransaction(em -> TeamCampaign.create(em, List.of("Alpha", "Beta"), new int[] {4, 3},
                    List.of("m1", "m2"), 5));
            ReportOrders orders = container.get(ReportOrders.class);
            String team = orders.teamReport(id, TeamCampaign.manager("m2"), Locale.FRENCH, "m2");
            String raw = orders.rawExport(TeamCampaign.CLIMATE, id, Locale.ENGLISH, "hr.analyst");
            assertEquals(List.of("m2", "hr.analyst"), List.of(asker(container, team), asker(container, raw)));
            assertTrue(title(container, team).startsWith("Rapport d"), title(container, team));
            assertTrue(title(container, raw).contains("Review (before)"), title(container, raw));
            assertTrue(title(container, raw).contains(TeamCampaign.CLIMATE.key()), title(container, raw));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nothingIsQueuedForAnOpenWaveAnUnknownCampaignOrTeamsNotTheAskers(TestDatabase database, @TempDir Path folder) {
        try (Container container = new Container(database.fresh(), WHILE_OPEN, Map.of("concord.reports", folder.toString()))) {
            long id = container.inTransaction(em -> TeamCampaign.create(em, List.of("Alpha"), new int[] {4}, List.of("m1"), 6));
            ReportOrders orders = container.get(ReportOrders.class);
            Refusal open = assertThrows(Refusal.class, () -> orders.rawExport(TeamCampaign.CLIMATE, id, Locale.ENGLISH, "hr"));
            assertEquals(List.of(Refusal.Kind.CONFLICT, "reports.raw.open"), List.of(open.kind(), open.key()));
            Refusal openTeam = assertThrows(Refusal.class, () -> orders.teamReport(id, TeamCampaign.hr(), Locale.ENGLISH, "hr"));
            assertEquals("reports.team.open", openTeam.key());
            Refusal unknown = assertThrows(Refusal.class, () -> orders.teamReport(id + 99, TeamCampaign.hr(), Locale.ENGLISH, "hr"));
            assertEquals(List.of("api.campaign.notFound", "campaignId"), List.of(unknown.key(), unknown.field()));
            assertEquals(0L, jobs(container), "nothing queued");
        }
        try (Container container = new Container(database.fresh(), TeamCampaign.CLOCK, Map.of("concord.reports", folder.toString()))) {
            long id = container.inTransaction(em -> TeamCampaign.create(em, List.of("Alpha"), new int[] {4}, List.of("m1"), 7));
            Refusal none = assertThrows(Refusal.class, () -> container.get(ReportOrders.class)
                    .teamReport(id, TeamCampaign.manager("m9"), Locale.ENGLISH, "m9"));
            assertEquals(List.of(Refusal.Kind.CONFLICT, "reports.team.none"), List.of(none.kind(), none.key()));
            assertEquals(0L, jobs(container), "nothing queued");
        }
    }

    private static String title(Container container, String job) {
        return (String) column(container, "title", job);
    }

    private static String asker(Container container, String job) {
        return (String) column(container, "requested_by", job);
    }

    private static Object column(Container container, String column, String job) {
        return container.inTransaction(em -> em.createNativeQuery("SELECT " + column + " FROM report_job WHERE id = ?")
                .setParameter(1, job).getSingleResult());
    }

    private static long jobs(Container container) {
        return container.inTransaction(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM report_job")
                .getSingleResult()).longValue());
    }
}
