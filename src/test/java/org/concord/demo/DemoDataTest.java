package org.concord.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
    void aFrenchDemoIsWrittenInFrenchAsItsPeopleWouldHaveTypedIt(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            container.get(DemoData.class).create(java.util.Locale.FRENCH);
            var teams = container.inTransaction(em -> em.createQuery("SELECT t.name FROM Team t ORDER BY t.name", String.class)
                    .getResultList());
            assertEquals(java.util.List.of("Finance", "Ingénierie produit", "Logistique", "Service client"), teams);
            var waves = container.inTransaction(em -> em.createQuery(
                    "SELECT c.name, c.waveLabel FROM Campaign c ORDER BY c.opensOn", Object[].class).getResultList());
            assertEquals("Climat d'équipe 2026", waves.get(0)[0]);
            assertEquals(java.util.List.of("Avant le team building", "Après le team building"),
                    waves.stream().map(w -> (String) w[1]).toList());
            var notes = container.inTransaction(em -> em.createNativeQuery("SELECT note FROM interview_note").getResultList());
            assertEquals(4, notes.size());
            notes.forEach(note -> assertTrue(((String) note).startsWith("A donné un exemple concret"), String.valueOf(note)));
            assertTrue(notes.stream().anyMatch(note -> ((String) note).endsWith("(Note de démonstration de demo.interviewer.)")));
            var positions = container.inTransaction(em -> em.createQuery("SELECT c.position FROM Candidate c ORDER BY c.name",
                    String.class).getResultList());
            assertEquals(java.util.List.of("Coordinateur des opérations", "Responsable d'équipe support"), positions);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDemoIsInEnglishUnlessAskedOtherwise(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            container.get(DemoData.class).create();
            var notes = container.inTransaction(em -> em.createNativeQuery("SELECT note FROM interview_note").getResultList());
            notes.forEach(note -> assertTrue(((String) note).startsWith("Gave a concrete example"), String.valueOf(note)));
            assertEquals(java.util.List.of("Customer Support", "Finance", "Logistics", "Product Engineering"),
                    container.inTransaction(em -> em.createQuery("SELECT t.name FROM Team t ORDER BY t.name", String.class).getResultList()));
        }
    }
}
