package org.concord.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.concord.assessment.Assessment;
import org.concord.candidate.Candidate;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.results.CampaignResults;
import org.concord.results.CampaignResultsService;
import org.concord.results.ScaleChange;
import org.concord.scoring.TeamResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DemoDataTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);
    private static final Catalog CATALOG = QuestionnaireLoader.loadFolder(Path.of("questionnaires"));

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDemoGivesTwoWavesOfResultsWithOneTeamTooSmallToShow(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            boolean emptyBefore = container.get(DemoData.class).databaseIsEmpty();
            assertTrue(emptyBefore);
            container.get(DemoData.class).create();

            boolean emptyAfter = container.get(DemoData.class).databaseIsEmpty();
            assertFalse(emptyAfter);
            long latest = container.inTransaction(em -> em.createQuery(
                    "SELECT c.id FROM Campaign c WHERE c.previousWave IS NOT NULL", Long.class).getSingleResult());
            CampaignResults results = container.get(CampaignResultsService.class).results(latest)
                    .orElseThrow();
            var climate = results.cooperation().orElseThrow();
            assertEquals(4, climate.published().teams().size());
            assertEquals(3, climate.published().teams().stream().filter(TeamResult::shown).count());
            String support = climate.teamNames().entrySet().stream()
                    .filter(e -> e.getValue().equals("Customer Support")).findFirst().orElseThrow().getKey();
            var before = results.previousWave().orElseThrow().cooperation().orElseThrow();
            assertFalse(ScaleChange.of(before, climate, support).isEmpty(), "a shown team has a change between waves");
            long candidates = container.inTransaction(em -> em.createQuery(
                    "SELECT COUNT(a) FROM Assessment a WHERE a.candidate IS NOT NULL AND a.demo = TRUE", Long.class)
                    .getSingleResult());
            assertEquals(6, candidates, "two candidates, each with a self-report and two interviewers' ratings");
            long linked = container.inTransaction(em -> em.createQuery(
                    "SELECT COUNT(a) FROM Assessment a WHERE a.invitation IS NOT NULL", Long.class).getSingleResult());
            assertEquals(0, linked);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDemosNotesAndConsentTextsReadInFrenchAsInEnglish(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            container.get(DemoData.class).create();
            List<String> notes = container.inTransaction(em -> em.createQuery(
                    "SELECT a FROM Assessment a WHERE a.candidate IS NOT NULL AND a.demo = TRUE", Assessment.class).getResultList()
                    .stream().flatMap(a -> a.getNotes().values().stream()).toList());
            List<String> consents = container.inTransaction(em -> em.createQuery("SELECT c FROM Candidate c", Candidate.class)
                    .getResultList().stream().map(Candidate::getConsentText).toList());
            assertEquals(4, notes.size(), "one note by each of two interviewers for each of two candidates");
            assertEquals(2, consents.size());
            for (String text : notes) {
                assertTrue(text.startsWith("Gave a concrete example") && text.contains(" / A donné un exemple concret"), text);
            }
            for (String text : consents) {
                assertTrue(text.startsWith("I agree that my answers") && text.contains(" / J'accepte que mes réponses"), text);
            }
        }
    }
}
