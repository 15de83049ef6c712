package org.concord.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.demo.DemoData;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.QuestionnaireLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TeamResultsIndexTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);
    private static final Catalog CATALOG = QuestionnaireLoader.loadFolder(Path.of("questionnaires"));

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aManagerFindsTheWavesOfTheirOwnTeamsOnlyAndHrFindsAll(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            container.get(DemoData.class).create();

            List<TeamResultsIndex.Line> managers = container.get(TeamResultsIndex.class).linesFor(DemoData.MANAGER);
            List<TeamResultsIndex.Line> all = container.get(TeamResultsIndex.class).linesFor(null);

            assertEquals(4, managers.size(), "two teams in two waves");
            assertTrue(managers.stream().allMatch(l -> l.team().equals("Customer Support") || l.team().equals("Logistics")));
            assertEquals("After team building", managers.get(0).wave(), "newest wave first");
            assertEquals(8, all.size());
        }
    }
}
