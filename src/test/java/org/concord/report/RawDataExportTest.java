package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.kernel.AccessToken;
import org.concord.assessment.Assessment;
import org.concord.assessment.AssessmentService;
import org.concord.assessment.StoredScore;
import org.concord.campaign.Campaign;
import org.concord.campaign.Invitation;
import org.concord.campaign.LinkMode;
import org.concord.campaign.Team;
import org.concord.campaign.TeamMember;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.candidate.Candidate;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.questionnaire.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The raw export on H2 and PostgreSQL, from answers submitted through the real service: one row
 * per submitted campaign questionnaire of a closed wave, numbered in an order drawn for each
 * export and with no time, numbers as numbers, skipped answers and missing scores as empty
 * cells, a team below the threshold left out and counted in the codebook, nothing of an open
 * wave, and titles in English or French.
 */
class RawDataExportTest {

    private static final Catalog CATALOG = QuestionnaireLoader.loadFolder(Path.of("questionnaires"));
    private static final Questionnaire CLIMATE = CATALOG.latest("team-cooperation-climate").orElseThrow();
    private static final Questionnaire MATURITY = CATALOG.latest("coordination-maturity").orElseThrow();
    private static final Instant NOW = Instant.parse("2026-11-26T09:30:00Z");

    /** What the test stored: the campaigns' ids and the submitted assessments' ids, in order. */
    private record Stored(long autumn, long spring, List<Long> autumnSubmitted, long springSubmitted) {
    }

    /** The assessment service as of {@code at}. */
    private static AssessmentService service(Container container, Instant at) {
        container.clock(Clock.fixed(at, ZoneOffset.UTC));
        return container.get(AssessmentService.class);
    }

    private static Map<String, Integer> answers(Questionnaire questionnaire, int seed) {
        Map<String, Integer> answers = new HashMap<>();
        List<Item> items = questionnaire.items();
        for (int i = 0; i < items.size(); i++) {
            answers.put(items.get(i).id(), 1 + (i + seed) % 5);
        }
        return answers;
    }

    private static long submit(Container container, Questionnaire questionnaire, Invitation invitation, Map<String, Integer> answers,
                               Instant at) {
        long id = container.inTransaction(em -> {
            Assessment started = service(container, at).startInCampaign(questionnaire, em.find(Invitation.class, invitation.getId()));
            em.flush();
            return started.getId();
        });
        service(container, at).savePage(id, answers, 2);
        service(container, at).submit(id);
        return id;
    }

    /**
     * Autumn campaign, team Logistics: three submitted (all answered; vh-2 skipped; the whole
     * voluntary-help scale but one item skipped, so its score is missing), one only started.
     * Spring campaign: one submitted. Plus a maturity answer and a candidate's self-report of
     * the climate questionnaire, neither of which belongs in the export.
     */
    private static Stored store(Container container) {
        long[] ids = container.inTransaction(em -> {
            Team team = new Team("Logistics", "Operations", "manon", NOW);
            List<TeamMember> members = new ArrayList<>();
            for (String name : List.of("Ada", "Bea", "Cy", "Dee", "Eve")) {
                members.add(team.addMember(name, null));
            }
            em.persist(team);
            Campaign autumn = new Campaign("=Autumn review", "before team building", LocalDate.of(2026, 11, 1),
                    LocalDate.of(2026, 12, 1), 3, LinkMode.PERSONAL, "hr", NOW);
            autumn.addTeam(team);
            autumn.addInstrument(CLIMATE.id(), CLIMATE.version());
            autumn.addInstrument(MATURITY.id(), MATURITY.version());
            em.persist(autumn);
            Campaign spring = autumn.followUp("after team building", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1),
                    "hr", NOW);
            em.persist(spring);
            em.flush();
            long[] result = new long[2 + 6];
            result[0] = autumn.getId();
            result[1] = spring.getId();
            for (int i = 0; i < 5; i++) {
                Invitation invitation = Invitation.personal(i < 4 ? autumn : spring, members.get(i),
                        AccessToken.hash(AccessToken.newToken()), NOW);
                em.persist(invitation);
                em.flush();
                result[2 + i] = invitation.getId();
            }
            return result;
        });
        Invitation[] invitations = new Invitation[5];
        for (int i = 0; i < 5; i++) {
            long id = ids[2 + i];
            invitations[i] = container.inTransaction(em -> em.find(Invitation.class, id));
        }
        List<Long> autumnSubmitted = new ArrayList<>();
        autumnSubmitted.add(submit(container, CLIMATE, invitations[0], answers(CLIMATE, 0), NOW));
        Map<String, Integer> skipped = answers(CLIMATE, 1);
        skipped.remove("vh-2");
        autumnSubmitted.add(submit(container, CLIMATE, invitations[1], skipped, NOW.plusSeconds(86_400)));
        Map<String, Integer> missingScale = answers(CLIMATE, 2);
        List.of("vh-1", "vh-2", "vh-3").forEach(missingScale::remove);
        autumnSubmitted.add(submit(container, CLIMATE, invitations[2], missingScale, NOW.plusSeconds(2 * 86_400)));
        container.inTransaction(em -> service(container, NOW).startInCampaign(CLIMATE, em.find(Invitation.class, invitations[3].getId())));
        submit(container, MATURITY, invitations[0], answers(MATURITY, 0), NOW);
        long spring = submit(container, CLIMATE, invitations[4], answers(CLIMATE, 3), NOW.plusSeconds(120L * 86_400));
        container.inTransaction(em -> {
            Candidate candidate = new Candidate("Bea Martin", null, "Team lead", "rita", "I agree", 180, NOW);
            em.persist(candidate);
            Assessment selfReport = Assessment.selfReport(CLIMATE, candidate, AccessToken.hash(AccessToken.newToken()), NOW);
            selfReport.answerPage(CLIMATE, answers(CLIMATE, 4), 2);
            selfReport.submit(AssessmentService.score(CLIMATE, answers(CLIMATE, 4)), "1", NOW);
            em.persist(selfReport);
            return null;
        });
        return new Stored(ids[0], ids[1], autumnSubmitted, spring);
    }

    /** After both waves closed. */
    private static final Instant LATER = Instant.parse("2027-05-01T09:00:00Z");

    private static XSSFWorkbook export(DataSource dataSource, Long campaign, Locale locale) throws Exception {
        return export(dataSource, campaign, locale, LATER);
    }

    private static XSSFWorkbook export(DataSource dataSource, Long campaign, Locale locale, Instant at) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new RawDataExport(dataSource, Clock.fixed(at, ZoneOffset.UTC)).write(CLIMATE, campaign, locale, bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    /** The export's row holding {@code assessment}'s answers (rows come in an order of their own). */
    private static XSSFRow rowOf(XSSFSheet data, Assessment assessment) {
        List<XSSFRow> found = new ArrayList<>();
        for (int r = 1; r <= data.getLastRowNum(); r++) {
            XSSFRow row = data.getRow(r);
            boolean same = true;
            List<Item> items = CLIMATE.items();
            for (int i = 0; i < items.size() && same; i++) {
                XSSFCell cell = row.getCell(RawLayout.FIXED_COLUMNS + i);
                Integer answer = assessment.getAnswers().get(items.get(i).id());
                same = answer == null ? cell == null : cell != null && answer == (int) cell.getNumericCellValue();
            }
            if (same) {
                found.add(row);
            }
        }
        assertEquals(1, found.size(), "exactly one row holds assessment " + assessment.getId() + "'s answers");
        return found.get(0);
    }

    /** The text of the codebook row whose first cell is {@code first}. */
    private static String codebookText(XSSFSheet codebook, String first) {
        for (int r = 1; r <= codebook.getLastRowNum(); r++) {
            if (first.equals(codebook.getRow(r).getCell(0).getStringCellValue())) {
                return codebook.getRow(r).getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("no codebook row " + first);
    }

    private static List<String> texts(XSSFRow row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            XSSFCell cell = row.getCell(i);
            texts.add(cell == null ? null : cell.getStringCellValue());
        }
        return texts;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oneRowPerSubmittedCampaignAssessmentWithItsAnswersAndScores(TestDatabase database) throws Exception {
        DataSource dataSource = database.fresh();
        try (Container container = new Container(dataSource, Clock.fixed(NOW, ZoneOffset.UTC))) {
            Stored stored = store(container);
            try (var connection = dataSource.getConnection(); var sql = connection.createStatement();
                 var lines = sql.executeQuery("SELECT COUNT(*) FROM assessment WHERE progress = 'SUBMITTED' AND submitted_answers IS NULL")) {
                lines.next();
                assertEquals(0, lines.getLong(1), "every questionnaire submitted through the service has its lines, which the export reads");
            }
            try (XSSFWorkbook workbook = export(dataSource, stored.autumn(), Locale.ENGLISH)) {
                assertEquals(List.of("Data", "Codebook"), List.of(workbook.getSheetName(0), workbook.getSheetName(1)));
                XSSFSheet data = workbook.getSheet("Data");
                List<String> expectedHeader = new ArrayList<>(List.of("Row", "Campaign", "Wave", "Team"));
                CLIMATE.items().forEach(item -> expectedHeader.add(item.id()));
                CLIMATE.scales().forEach(scale -> expectedHeader.add(scale.id() + " (score)"));
                assertEquals(expectedHeader, texts(data.getRow(0)));
                assertEquals(3, data.getLastRowNum(), "three submitted assessments in the autumn campaign");

                java.util.Set<Long> numbers = new java.util.TreeSet<>();
                for (int r = 0; r < 3; r++) {
                    long id = stored.autumnSubmitted().get(r);
                    Assessment assessment = container.inTransaction(em -> {
                        Assessment found = em.find(Assessment.class, id);
                        found.getScores().size();
                        return found;
                    });
                    XSSFRow row = rowOf(data, assessment);
                    assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
                    numbers.add((long) row.getCell(0).getNumericCellValue());
                    assertNull(assessment.getSubmittedOn(), "a campaign's answers keep no day");
                    assertNull(assessment.getStartedAt(), "nor when they were started");
                    assertEquals(CellType.STRING, row.getCell(1).getCellType());
                    assertEquals("=Autumn review", row.getCell(1).getStringCellValue(), "formula-looking text stays text");
                    assertEquals("before team building", row.getCell(2).getStringCellValue());
                    assertEquals("Logistics", row.getCell(3).getStringCellValue());
                    assertEquals(RawLayout.FIXED_COLUMNS, 4, "no column with a time or an id");
                    List<Item> items = CLIMATE.items();
                    for (int i = 0; i < items.size(); i++) {
                        XSSFCell cell = row.getCell(RawLayout.FIXED_COLUMNS + i);
                        Integer answer = assessment.getAnswers().get(items.get(i).id());
                        if (answer == null) {
                            assertNull(cell, "a skipped answer is an empty cell: " + items.get(i).id());
                        } else {
                            assertEquals(CellType.NUMERIC, cell.getCellType());
                            assertEquals(answer, (int) cell.getNumericCellValue());
                            assertEquals("0", cell.getCellStyle().getDataFormatString());
                        }
                    }
                    List<Scale> scales = CLIMATE.scales();
                    for (int s = 0; s < scales.size(); s++) {
                        XSSFCell cell = row.getCell(RawLayout.FIXED_COLUMNS + items.size() + s);
                        StoredScore score = assessment.getScores().get(scales.get(s).id());
                        if (score.getScore() == null) {
                            assertNull(cell, "a missing score is an empty cell, never 0");
                        } else {
                            assertEquals(CellType.NUMERIC, cell.getCellType());
                            assertEquals(score.getScore(), cell.getNumericCellValue());
                            assertEquals("0.00", cell.getCellStyle().getDataFormatString());
                        }
                    }
                }
                assertEquals(java.util.Set.of(1L, 2L, 3L), numbers, "rows numbered 1 to 3, whatever their order");
                assertTrue(data.getPaneInformation().isFreezePane());
                assertEquals("A1:" + ColumnNames.of(expectedHeader.size() - 1) + "4",
                        data.getCTWorksheet().getAutoFilter().getRef());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutACampaignEveryClosedCampaignIsExportedAndATeamBelowTheThresholdIsLeftOut(TestDatabase database)
            throws Exception {
        DataSource dataSource = database.fresh();
        try (Container container = new Container(dataSource, Clock.fixed(NOW, ZoneOffset.UTC))) {
            Stored stored = store(container);
            try (XSSFWorkbook workbook = export(dataSource, null, Locale.ENGLISH)) {
                XSSFSheet data = workbook.getSheet("Data");
                assertEquals(3, data.getLastRowNum(), "the autumn wave's three; spring's one respondent is alone in the team");
                for (int r = 1; r <= 3; r++) {
                    assertEquals("before team building", data.getRow(r).getCell(2).getStringCellValue());
                }
                XSSFSheet codebook = workbook.getSheet("Codebook");
                assertTrue(codebookText(codebook, "Left out: small teams").startsWith("1 questionnaires left out"));
                assertTrue(codebookText(codebook, "Left out: wave still open").startsWith("0 questionnaires"));
            }
            try (XSSFWorkbook workbook = export(dataSource, stored.spring(), Locale.ENGLISH)) {
                assertEquals(0, workbook.getSheet("Data").getLastRowNum());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nothingOfAWaveStillOpenLeaves(TestDatabase database) throws Exception {
        DataSource dataSource = database.fresh();
        try (Container container = new Container(dataSource, Clock.fixed(NOW, ZoneOffset.UTC))) {
            store(container);
            try (XSSFWorkbook workbook = export(dataSource, null, Locale.ENGLISH, NOW.plusSeconds(3 * 86_400))) {
                assertEquals(0, workbook.getSheet("Data").getLastRowNum());
                assertTrue(codebookText(workbook.getSheet("Codebook"), "Left out: wave still open")
                        .startsWith("4 questionnaires left out because their wave is still open"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rowsComeInAnOrderDrawnForEachExport(TestDatabase database) throws Exception {
        DataSource dataSource = database.fresh();
        try (Container container = new Container(dataSource, Clock.fixed(NOW, ZoneOffset.UTC))) {
            Stored stored = store(container);
            java.util.Set<List<String>> orders = new java.util.HashSet<>();
            for (int export = 0; export < 12; export++) {
                try (XSSFWorkbook workbook = export(dataSource, stored.autumn(), Locale.ENGLISH)) {
                    XSSFSheet data = workbook.getSheet("Data");
                    List<String> order = new ArrayList<>();
                    for (int r = 1; r <= 3; r++) {
                        XSSFCell first = data.getRow(r).getCell(RawLayout.FIXED_COLUMNS);
                        order.add(first == null ? "-" : String.valueOf(first.getNumericCellValue()) + "/"
                                + data.getRow(r).getCell(RawLayout.FIXED_COLUMNS + 1));
                    }
                    orders.add(order);
                }
            }
            assertTrue(orders.size() > 1, "twelve exports of three rows all in one order: " + orders);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEmptyExportHasItsHeaderAndCodebook(TestDatabase database) throws Exception {
        try (XSSFWorkbook workbook = export(database.fresh(), null, Locale.ENGLISH)) {
            assertEquals(0, workbook.getSheet("Data").getLastRowNum());
            assertEquals(CLIMATE.items().size() + CLIMATE.scales().size() + 4, workbook.getSheet("Codebook").getLastRowNum());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void inFrenchTheTitlesAndTheCodebookAreFrench(TestDatabase database) throws Exception {
        DataSource dataSource = database.fresh();
        try (Container container = new Container(dataSource, Clock.fixed(NOW, ZoneOffset.UTC))) {
            Stored stored = store(container);
            try (XSSFWorkbook workbook = export(dataSource, stored.autumn(), Locale.FRANCE)) {
                assertEquals(List.of("Données", "Dictionnaire des codes"),
                        List.of(workbook.getSheetName(0), workbook.getSheetName(1)));
                XSSFRow header = workbook.getSheet("Données").getRow(0);
                assertEquals(List.of("Ligne", "Campagne", "Vague", "Équipe"), texts(header).subList(0, 4));
                assertEquals(3, workbook.getSheet("Données").getLastRowNum());
                XSSFSheet codebook = workbook.getSheet("Dictionnaire des codes");
                assertEquals(List.of("Colonne", "Texte", "Échelle", "Clé", "1", "2", "3", "4", "5"), texts(codebook.getRow(0)));
                Item first = CLIMATE.items().get(0);
                List<String> row = texts(codebook.getRow(1));
                assertEquals(first.id(), row.get(0));
                assertEquals(first.text().in("fr"), row.get(1));
                assertEquals(CLIMATE.scale(first.scale()).orElseThrow().name().in("fr"), row.get(2));
                assertEquals(CLIMATE.responseFormat().labels().get(1).in("fr"), row.get(4));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theCodebookDescribesEveryItemAndScoreColumn(TestDatabase database) throws Exception {
        try (XSSFWorkbook workbook = export(database.fresh(), null, Locale.ENGLISH)) {
            XSSFSheet codebook = workbook.getSheet("Codebook");
            assertEquals(List.of("Column", "Text", "Scale", "Key", "1", "2", "3", "4", "5"), texts(codebook.getRow(0)));
            List<Item> items = CLIMATE.items();
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                List<String> row = texts(codebook.getRow(i + 1));
                assertEquals(item.id(), row.get(0));
                assertEquals(item.text().in("en"), row.get(1));
                assertEquals(CLIMATE.scale(item.scale()).orElseThrow().name().in("en"), row.get(2));
                assertEquals(item.key().symbol(), row.get(3), "the key stays text, '-' included");
                for (int v = 1; v <= 5; v++) {
                    assertEquals(CLIMATE.responseFormat().labels().get(v).in("en"), row.get(3 + v));
                }
            }
            Scale first = CLIMATE.scales().get(0);
            List<String> scoreRow = texts(codebook.getRow(items.size() + 1));
            assertEquals(first.id() + " (score)", scoreRow.get(0));
            assertEquals(first.name().in("en"), scoreRow.get(2));
        }
    }
}
