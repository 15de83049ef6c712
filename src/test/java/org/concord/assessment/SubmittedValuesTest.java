package org.concord.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.concord.database.Migrations;
import org.concord.database.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The lines a submitted questionnaire keeps for the raw export: their format, and the lines
 * migration V20 writes for questionnaires submitted before it, which must say the same as those
 * Concord writes at submission.
 */
class SubmittedValuesTest {

    private static final String JANUARY = "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'";

    @Test
    void answersAreListedInTheOrderOfTheirCodes() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("ma-10", 5);
        answers.put("ma-2", 1);
        answers.put("ma-1", 3);
        assertEquals("ma-1=3 ma-10=5 ma-2=1", SubmittedValues.answers(answers));
    }

    @Test
    void aMissingScoreHasNothingAfterItsName() {
        Map<String, StoredScore> scores = new LinkedHashMap<>();
        scores.put("sharing", new StoredScore(3.3333333333333335, 3, 3));
        scores.put("planning", new StoredScore(null, 1, 4));
        assertEquals("planning= sharing=3.3333333333333335", SubmittedValues.scores(scores));
    }

    @Test
    void aBlankQuestionnaireHasNoLines() {
        assertNull(SubmittedValues.answers(Map.of()));
        assertNull(SubmittedValues.scores(Map.of()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void questionnairesSubmittedBeforeTheLinesGetTheSameLinesFromTheMigration(TestDatabase database) throws SQLException {
        DataSource dataSource = database.empty();
        Flyway.configure(Migrations.class.getClassLoader()).dataSource(dataSource).locations("classpath:db/migration")
                .target("19").load().migrate();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO assessment (id, questionnaire_id, questionnaire_version, scoring_version, progress, started_at)"
                    + " VALUES (1, 'coordination-maturity', 1, '1', 'SUBMITTED', " + JANUARY + "),"
                    + " (2, 'coordination-maturity', 1, NULL, 'STARTED', " + JANUARY + "),"
                    + " (3, 'coordination-maturity', 1, '1', 'SUBMITTED', " + JANUARY + ")");
            sql.execute("INSERT INTO answer (assessment_id, item_id, answer_value) VALUES (1, 'ma-2', 4), (1, 'ma-1', 2),"
                    + " (1, 'ma-10', 5), (2, 'ma-1', 1)");
            sql.execute("INSERT INTO scale_score (assessment_id, scale_id, score, answered, items) VALUES"
                    + " (1, 'sharing', 3.3333333333333335, 3, 3), (1, 'planning', NULL, 1, 4), (1, 'rules', 4.0, 2, 2)");
        }

        Migrations.migrate(dataSource);

        Map<String, Integer> answers = Map.of("ma-1", 2, "ma-2", 4, "ma-10", 5);
        Map<String, StoredScore> scores = Map.of("sharing", new StoredScore(3.3333333333333335, 3, 3),
                "planning", new StoredScore(null, 1, 4), "rules", new StoredScore(4.0, 2, 2));
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT id, submitted_answers, submitted_scores FROM assessment ORDER BY id")) {
            rows.next();
            assertEquals(values(SubmittedValues.answers(answers)), values(rows.getString(2)));
            assertEquals(values(SubmittedValues.scores(scores)), values(rows.getString(3)));
            rows.next();
            assertNull(rows.getString(2), "answers still being given have no line");
            rows.next();
            assertNull(rows.getString(2), "a blank questionnaire has no line");
            assertNull(rows.getString(3));
        }
    }

    /** A line's values by code, as numbers (the database may list them in another order and write 4.0 as 4). */
    private static Map<String, Double> values(String line) {
        Map<String, Double> values = new TreeMap<>();
        Arrays.stream(line.split(" ")).forEach(pair -> {
            String[] parts = pair.split("=", -1);
            values.put(parts[0], parts[1].isEmpty() ? null : Double.valueOf(parts[1]));
        });
        return values;
    }
}
