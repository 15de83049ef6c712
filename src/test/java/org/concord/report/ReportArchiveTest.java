package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.security.AuditEntry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The report archive and the report job on H2 and PostgreSQL: files recorded once complete, listed newest first, deleted when expired. */
class ReportArchiveTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:30:00Z");

    /** The services at {@link #NOW}, archiving in {@code folder}. */
    private static Container container(DataSource dataSource, Path folder) {
        return new Container(dataSource, Clock.fixed(NOW, ZoneOffset.UTC), Map.of("concord.reports", folder.toString()));
    }

    /** The archive as of {@code at}. */
    private static ReportArchive archive(Container container, Instant at) {
        container.clock(Clock.fixed(at, ZoneOffset.UTC));
        return container.get(ReportArchive.class);
    }

    private static String file(Path folder, Instant at, int bytes) {
        String name = ReportFiles.name(ReportKind.RAW_EXPORT, "team-cooperation-climate.v1", at, "xlsx");
        try {
            Files.write(folder.resolve(name), new byte[bytes]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRecordedReportIsListedNewestFirstWithItsSize(TestDatabase database, @TempDir Path folder) {
        try (Container container = container(database.fresh(), folder)) {
            String older = file(folder, NOW, 10);
            String newer = file(folder, NOW.plusSeconds(60), 2048);
            archive(container, NOW).record(ReportKind.RAW_EXPORT, "Raw export: A", "campaign-51", "hr", older);
            archive(container, NOW.plusSeconds(60))
                    .record(ReportKind.RAW_EXPORT, "Raw export: B", null, "anonymous", newer);

            List<Report> all = archive(container, NOW).all();
            assertEquals(List.of("Raw export: B", "Raw export: A"), all.stream().map(Report::getTitle).toList());
            assertEquals(2048, all.get(0).getSizeBytes());
            assertEquals("campaign-51", all.get(1).getSubject());
            assertEquals("hr", all.get(1).getGeneratedBy());
            assertEquals(NOW, all.get(1).getGeneratedAt());
            assertEquals(ReportKind.RAW_EXPORT, all.get(1).getKind());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aReportIsAuditedAsGeneratedOnlyOnceItExistsAndEachDownloadWithIt(TestDatabase database, @TempDir Path folder) {
        try (Container container = container(database.fresh(), folder)) {
            String missing = ReportFiles.name(ReportKind.RAW_EXPORT, "never-written", NOW, "xlsx");
            assertThrows(UncheckedIOException.class, () -> archive(container, NOW)
                    .record(ReportKind.RAW_EXPORT, "Raw export: lost", null, "hr", missing));
            assertEquals(List.of(), actions(container), "a file that never came is neither listed nor audited");

            String name = file(folder, NOW, 10);
            long id = archive(container, NOW)
                    .record(ReportKind.RAW_EXPORT, "Raw export: A", null, "hr", name).getId();
            assertEquals(List.of("hr report.generated Raw export: A"), actions(container));

            Path sent = archive(container, NOW).download(id, "manager").orElseThrow();
            assertEquals(folder.resolve(name), sent);
            assertEquals(List.of("hr report.generated Raw export: A", "manager report.downloaded Raw export: A"), actions(container));
            assertTrue(archive(container, NOW).download(id + 1, "manager").isEmpty());
            assertEquals(2, actions(container).size(), "a report that is gone is not audited as downloaded");
        }
    }

    private static List<String> actions(Container container) {
        return container.inTransaction(em -> em.createQuery("SELECT e FROM AuditEntry e ORDER BY e.id", AuditEntry.class)
                .getResultList().stream().map(e -> e.getActor() + " " + e.getAction() + " " + e.getSubject()).toList());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void expiredReportsAndStrayFilesAreDeletedTheRestKept(TestDatabase database, @TempDir Path folder) throws IOException {
        try (Container container = container(database.fresh(), folder)) {
            Instant old = NOW.minus(Duration.ofDays(31));
            String expired = file(folder, old, 1);
            String kept = file(folder, NOW.minus(Duration.ofDays(29)), 1);
            archive(container, old).record(ReportKind.RAW_EXPORT, "old", null, "hr", expired);
            archive(container, NOW.minus(Duration.ofDays(29)))
                    .record(ReportKind.RAW_EXPORT, "recent", null, "hr", kept);
            Path stray = folder.resolve("raw-export-x-20261001-000000-abcdef.xlsx.part");
            Files.write(stray, new byte[1]);
            Files.setLastModifiedTime(stray, FileTime.from(old));
            Path freshStray = folder.resolve("raw-export-y-20261126-000000-abcdef.xlsx.part");
            Files.write(freshStray, new byte[1]);
            Files.setLastModifiedTime(folder.resolve(kept), FileTime.from(NOW));

            int deleted = archive(container, NOW).deleteOlderThan(30);

            assertEquals(2, deleted);
            assertFalse(Files.exists(folder.resolve(expired)));
            assertFalse(Files.exists(stray));
            assertTrue(Files.exists(folder.resolve(kept)));
            assertTrue(Files.exists(freshStray), "a file still being written is not touched");
            assertEquals(List.of("recent"), archive(container, NOW).all().stream()
                    .map(Report::getTitle).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aJobWritesTheFileThenListsIt(TestDatabase database, @TempDir Path folder) throws Exception {
        DataSource dataSource = database.fresh();
        Synthetic.insert(dataSource, Synthetic.questionnaire(6, 2), 120);
        try (Container container = container(dataSource, folder)) {
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            ReportJob job = new ReportJob(new ReportJob.Request(Synthetic.questionnaire(6, 2), 2L, "Raw export",
                    Locale.FRENCH, "hr"), new RawDataExport(dataSource, clock), archive(container, NOW), clock);
            assertEquals(0, job.percent());
            job.run();
            assertEquals(ReportJob.State.DONE, job.state());
            assertEquals(100, job.percent());
            Report report = archive(container, NOW).find(job.reportId()).orElseThrow();
            assertEquals("campaign-2", report.getSubject());
            assertTrue(report.getFileName().startsWith("raw-export-synthetic.v1-campaign-2-20261126-093000-"),
                    report.getFileName());
            Path written = folder.resolve(report.getFileName());
            assertEquals(Files.size(written), report.getSizeBytes());
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(org.apache.poi.openxml4j.opc.OPCPackage.open(written.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ))) {
                assertEquals("Données", workbook.getSheetName(0));
                assertEquals(40, workbook.getSheetAt(0).getLastRowNum(), "the 40 of 120 in campaign 2");
            }
            try (var left = Files.list(folder)) {
                assertEquals(1, left.count(), "no .part file left behind");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aJobThatFailsListsNothingAndLeavesNoFile(TestDatabase database, @TempDir Path folder) throws IOException {
        DataSource dataSource = database.fresh();
        try (Container container = container(dataSource, folder)) {
            DataSource broken = new org.h2.jdbcx.JdbcDataSource();
            ((org.h2.jdbcx.JdbcDataSource) broken).setURL("jdbc:h2:mem:nothing-here;IFEXISTS=TRUE");
            ReportJob job = new ReportJob(new ReportJob.Request(Synthetic.questionnaire(6, 2), null, "Raw export",
                    Locale.ENGLISH, "hr"), new RawDataExport(broken, Clock.fixed(NOW, ZoneOffset.UTC)), archive(container, NOW),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            job.run();
            assertEquals(ReportJob.State.FAILED, job.state());
            assertEquals(100, job.percent());
            assertTrue(archive(container, NOW).all().isEmpty());
            try (var left = Files.list(folder)) {
                assertEquals(0, left.count());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyNamesTheArchiveMadeAreOpened(TestDatabase database, @TempDir Path folder) {
        try (Container container = container(database.fresh(), folder)) {
            ReportArchive archive = archive(container, NOW);
            for (String bad : List.of("../secret.xlsx", "/etc/passwd", "a/b.xlsx", "Ada Lovelace.xlsx", "x.csv", "..xlsx")) {
                assertThrows(IllegalArgumentException.class, () -> archive.file(bad), bad);
            }
        }
    }
}
