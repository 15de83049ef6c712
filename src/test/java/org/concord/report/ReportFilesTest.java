package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Report file names: plain, telling what and when, never whom, and never the same twice. */
class ReportFilesTest {

    private static final Instant AT = Instant.parse("2026-11-26T10:30:05Z");

    @Test
    void aNameSaysKindSubjectAndTime() {
        String name = ReportFiles.name(ReportKind.RAW_EXPORT, "team-cooperation-climate.v1-campaign-51", AT, "xlsx");
        assertTrue(name.matches("raw-export-team-cooperation-climate\\.v1-campaign-51-20261126-103005-[0-9a-f]{6}\\.xlsx"), name);
        assertEquals(name, ReportFiles.requireSafe(name));
    }

    @Test
    void aSubjectIsReducedToPlainCharacters() {
        String name = ReportFiles.name(ReportKind.RAW_EXPORT, "Équipe / ../ Été", AT, "xlsx");
        assertEquals(name, ReportFiles.requireSafe(name));
        assertTrue(name.startsWith("raw-export-equipe-ete-20261126-103005-"), name);
    }

    @Test
    void twoNamesInTheSameSecondDiffer() {
        assertNotEquals(ReportFiles.name(ReportKind.RAW_EXPORT, "q.v1", AT, "xlsx"),
                ReportFiles.name(ReportKind.RAW_EXPORT, "q.v1", AT, "xlsx"));
    }
}
