package org.concord.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every questionnaire Concord ships (questionnaires/*.yaml) is there and loads with no problem. */
class ShippedQuestionnairesTest {

    private static final Path SHIPPED = Path.of("questionnaires");

    @ParameterizedTest
    @ValueSource(strings = {"cooperativeness.v1.yaml", "cooperativeness.v2.yaml", "cooperation-interview.v1.yaml",
            "coordination-maturity.v1.yaml", "team-cooperation-climate.v1.yaml"})
    void shippedFileLoads(String name) {
        Path file = SHIPPED.resolve(name);
        assertTrue(Files.isRegularFile(file), "missing " + file);
        LoadResult result = QuestionnaireLoader.loadFile(file);
        assertEquals(List.of(), result.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void theWholeFolderLoads() {
        Catalog catalog = QuestionnaireLoader.loadFolder(SHIPPED);
        assertEquals(List.of(), catalog.problems().stream().map(Problem::toString).toList());
        assertTrue(catalog.all().size() >= 4);
    }

    @Test
    void cooperativenessTwoIsOneWithTwoAttentionItemsInEnglishAndFrench() {
        Questionnaire one = QuestionnaireLoader.loadFile(SHIPPED.resolve("cooperativeness.v1.yaml")).questionnaire();
        Questionnaire two = QuestionnaireLoader.loadFile(SHIPPED.resolve("cooperativeness.v2.yaml")).questionnaire();
        assertEquals(one.items(), two.scoredItems());
        assertEquals(one.scales(), two.scales());
        assertEquals(List.of("attention-1", "attention-2"), two.attentionItems().stream().map(Item::id).toList());
        for (Item item : two.attentionItems()) {
            String asked = two.responseFormat().labels().get(item.expected()).in("en");
            assertTrue(item.text().in("en").contains("'" + asked + "'"), item.text().in("en"));
            String demande = two.responseFormat().labels().get(item.expected()).in("fr");
            assertTrue(item.text().in("fr").contains("« " + demande + " »"), item.text().in("fr"));
        }
    }
}
