package org.concord.report.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.report.Report;
import org.concord.report.ReportArchive;
import org.concord.report.ReportJob;
import org.concord.report.ReportKind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A team report generated as a report job: archived under a name that names the campaign only, listed once complete. */
class TeamReportJobTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTeamReportJobArchivesTheWorkbook(TestDatabase database, @TempDir Path folder) throws Exception {
        try (Container container = new Container(database.fresh(), TeamCampaign.CLOCK, Map.of("concord.reports", folder.toString()))) {
            long id = container.inTransaction(em -> TeamCampaign.create(em, List.of("Alpha", "Beta"), new int[] {4, 3},
                    List.of("m1", "m2"), 9));
            ReportArchive archive = container.get(ReportArchive.class);
            ReportJob job = new ReportJob(new TeamReportContent(container.get(TeamReports.class), id,
                    TeamCampaign.manager("m2"), Locale.ENGLISH, "Team report: Review (before)", "m2"),
                    archive, TeamCampaign.CLOCK);
            job.run();
            assertEquals(ReportJob.State.DONE, job.state());
            assertEquals(100, job.percent());
            Report report = archive.find(job.reportId()).orElseThrow();
            assertEquals(ReportKind.TEAM_REPORT, report.getKind());
            assertEquals("campaign-" + id, report.getSubject());
            assertTrue(report.getFileName().startsWith("team-report-campaign-" + id + "-20261126-093000-"), report.getFileName());
            Path file = folder.resolve(report.getFileName());
            assertEquals(Files.size(file), report.getSizeBytes());
            try (XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
                var summary = workbook.getSheet("Summary");
                int head = -1;
                for (var row : summary) {
                    if (row.getCell(0) != null && "Team".equals(row.getCell(0).toString())) {
                        head = row.getRowNum();
                        break;
                    }
                }
                assertTrue(head >= 0, "the Summary has its heading row");
                java.util.Set<String> teams = new java.util.TreeSet<>();
                for (int r = head + 1; r <= summary.getLastRowNum(); r++) {
                    var row = summary.getRow(r);
                    if (row != null && row.getCell(0) != null && !row.getCell(0).toString().isBlank()) {
                        teams.add(row.getCell(0).toString());
                    }
                }
                assertEquals(java.util.Set.of("Beta"), teams, "manager m2 sees Beta alone");
            }
        }
    }
}
