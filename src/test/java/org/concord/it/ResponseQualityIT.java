package org.concord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Can this answer be trusted? A candidate who answers the kiosk self-report all '3' in a few
 * seconds is flagged "review" on the candidate page and in the candidate workbook, each reason
 * said (the attention items missed, the run of equal answers, the seconds per item); one who
 * answers varied but misses an attention item is flagged for that. Nothing is rejected: the
 * scores are shown as usual.
 */
class ResponseQualityIT {

    private static final Questionnaire SELF_REPORT = RespondentTexts.SELF_REPORT;
    private static final String RAY = "ray.review";
    private static final String PASSWORD = "Correct-horse-battery-9";

    private static ConcordServer server;
    private static Browser ray;

    @BeforeAll
    static void start() {
        server = ConcordServer.get();
        server.createAccount(RAY, PASSWORD, Role.RECRUITER);
        try {
            ray = new Browser(Files.createTempDirectory("concord-quality")).signIn(server, RAY, PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        ray.close();
    }

    @Test
    void allThreesInAFewSecondsAreFlaggedForReviewWithTheirReasonsOnThePageAndInTheWorkbook() throws Exception {
        long candidate = new RecruiterSteps(server, ray).newCandidate("Quinn Quick", "quinn@example.org", "Analyst").id();
        Map<String, Integer> threes = new HashMap<>();
        SELF_REPORT.items().forEach(item -> threes.put(item.id(), 3));
        answerInKiosk(candidate, threes);

        ray.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=en"));
        assertTrue(ray.text(By.id("review-verdict")).startsWith("Review: "), ray.text(By.id("review-verdict")));
        List<String> reasons = reasons();
        assertEquals(3, reasons.size(), reasons.toString());
        assertEquals("2 of 2 attention items not answered as they asked (attention-1, attention-2)", reasons.get(0));
        assertEquals("20 equal answers in a row, at least half of the 20 items", reasons.get(1));
        assertTrue(reasons.get(2).startsWith("answered in ") && reasons.get(2).endsWith("seconds per item, under 2 seconds"
                + " (too fast to have read the items)"), reasons.get(2));
        String indices = ray.text(By.id("review-indices"));
        assertTrue(indices.contains("Longest run of equal answers 20"), indices);
        assertTrue(indices.contains("A run over half the items suggests answering without reading."), indices);
        assertTrue(ray.text(By.cssSelector("#sr-cooperation .cc-score")).matches("\\d\\.\\d\\d"), "the scores are shown as usual");

        ray.click(By.id("report:download"));
        Path report = ray.awaitDownload(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage.open(report.toFile(), PackageAccess.READ))) {
            List<String> lines = new ArrayList<>();
            for (Row row : workbook.getSheet("Summary")) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING) {
                    lines.add(first.getStringCellValue());
                }
            }
            int section = lines.indexOf("Response quality");
            assertTrue(section > 0, lines.toString());
            assertEquals(ray.text(By.id("review-verdict")), lines.get(section + 1));
            for (int r = 0; r < reasons.size(); r++) {
                assertEquals("- " + reasons.get(r), lines.get(section + 2 + r));
            }
        }
    }

    @Test
    void aMissedAttentionItemFlags() {
        long candidate = new RecruiterSteps(server, ray).newCandidate("Ada Absent", "ada@example.org", "Analyst").id();
        Map<String, Integer> answers = new HashMap<>();
        List<Item> items = SELF_REPORT.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            answers.put(item.id(), item.attention() ? item.expected() : 1 + (i * 7) % 5);
        }
        Item first = SELF_REPORT.attentionItems().get(0);
        answers.put(first.id(), first.expected() == 1 ? 2 : 1);
        answerInKiosk(candidate, answers);

        ray.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=fr"));
        assertTrue(ray.text(By.id("review-verdict")).startsWith("À examiner : "), ray.text(By.id("review-verdict")));
        assertEquals("1 item(s) d'attention sur 2 sans la réponse demandée (" + first.id() + ")", reasons().get(0));
    }

    private static List<String> reasons() {
        return ray.driver().findElements(By.cssSelector("#review-reasons .cc-review-reason")).stream()
                .map(element -> element.getText().strip()).toList();
    }

    /** The recruiter hands over the screen; the candidate answers page by page at once and submits; the recruiter takes it back. */
    private static void answerInKiosk(long candidate, Map<String, Integer> answers) {
        ray.open(server.url("/recruiter/candidate.xhtml?id=" + candidate + "&lang=en"));
        ray.type(By.id("give:unlock-code"), "2468");
        ray.clickAndWaitForPage(By.id("give:start-kiosk"));
        ray.click(By.id("consent-form:consent"));
        ray.clickAndWaitForPage(By.id("consent-form:start"));
        while (true) {
            for (Item item : SELF_REPORT.items()) {
                if (!ray.driver().findElements(By.id("item-" + item.id())).isEmpty()) {
                    ray.click(By.cssSelector("#item-" + item.id() + " input[value='" + answers.get(item.id()) + "']"));
                }
            }
            if (ray.driver().findElements(By.id("answers:next")).isEmpty()) {
                break;
            }
            ray.clickAndWaitForPage(By.id("answers:next"));
        }
        ray.clickAndWaitForPage(By.id("answers:to-review"));
        ray.clickAndWaitForPage(By.id("answers:submit"));
        ray.type(By.id("unlock:code"), "2468");
        ray.clickAndWaitForPage(By.id("unlock:end-kiosk"));
        ray.submitSignIn(RAY, PASSWORD);
        assertTrue(ray.currentUrl().contains("/recruiter/candidate.xhtml"), ray.currentUrl());
    }
}
