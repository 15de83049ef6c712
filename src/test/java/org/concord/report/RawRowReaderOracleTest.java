package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.concord.database.TestDatabase;
import org.concord.disclosure.RawLabel;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The raw export's reader (one row per questionnaire, names read once) against the reader it
 * replaced ({@link LegacyRawRowReader}, one row per value), on one seeded dataset with every
 * case the gate knows (named teams, small teams pooled, small teams left out, an open wave) and
 * blank questionnaires, missing scores and values naming an unknown item: with the same drawn
 * order, both hand on exactly the same rows, number, names and every value. Rows in no team
 * are the one difference: the old reader dropped them (it asked the campaign column whether the
 * team was null) although the codebook counted them pooled; the new one pools them.
 */
class RawRowReaderOracleTest {

    private static final Questionnaire MATURITY = QuestionnaireLoader.loadFolder(Path.of("questionnaires"))
            .latest("coordination-maturity").orElseThrow();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theNewReaderHandsOnExactlyTheRowsOfTheOldOneFromTheLinesOrFromTheRows(TestDatabase database) throws Exception {
        DataSource dataSource = database.fresh();
        // half the questionnaires with the lines written at submission, half read from their rows (the old reader reads only rows)
        Synthetic.insert(dataSource, MATURITY, 600, Synthetic.Lines.EVERY_OTHER);
        addEdgeCases(dataSource);
        RawLayout layout = new RawLayout(MATURITY);
        for (Long campaign : Arrays.asList(null, 1L, 2L, 4L)) {
            for (long seed = 1; seed <= 3; seed++) {
                RawSelection selection = new RawRowReader(dataSource).select(layout, campaign, TODAY);
                List<String> expected = rows(dataSource, layout, campaign, selection, seed, true);
                List<String> actual = rows(dataSource, layout, campaign, selection, seed, false);
                assertEquals(expected.size(), actual.size(), "campaign " + campaign);
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i), actual.get(i), "campaign " + campaign + ", row " + (i + 1));
                }
            }
        }
        RawSelection all = new RawRowReader(dataSource).select(layout, null, TODAY);
        assertEquals(4, all.count(RawLabel.POOLED), "the fixture pools the small teams of wave 1");
        assertEquals(1, all.count(RawLabel.LEFT_OUT_SMALL), "and leaves out the one small team of wave 2");
        assertEquals(3, all.count(RawLabel.LEFT_OUT_OPEN), "and the open wave 4");
    }

    /** The rows one reader hands on, each as text: number, names and every value. */
    private static List<String> rows(DataSource dataSource, RawLayout layout, Long campaign, RawSelection selection,
                                     long seed, boolean legacy) throws SQLException {
        List<String> rows = new ArrayList<>();
        java.util.function.Consumer<RawRow> collect = row -> rows.add(row.number + "|" + row.campaign + "|" + row.wave
                + "|" + row.team + "|" + Arrays.toString(row.values));
        long count = legacy
                ? new LegacyRawRowReader(dataSource, new SplittableRandom(seed)).read(layout, campaign, selection, collect)
                : new RawRowReader(dataSource, new SplittableRandom(seed)).read(layout, campaign, selection, collect);
        assertEquals(rows.size(), count);
        return rows;
    }

    /** Small teams, rows in no team, an open wave, blank questionnaires, missing scores, an unknown item. */
    private static void addEdgeCases(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO team (id, name, created_at) VALUES (41, 'Small ''quoted'' team', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),"
                    + " (42, 'Tiny team', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),"
                    + " (43, 'Other small team', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
            sql.execute("INSERT INTO campaign (id, name, wave_label, opens_on, closes_on, min_group_size, link_mode, created_by,"
                    + " created_at) VALUES (4, 'Open campaign', 'wave 4', DATE '2026-10-01', DATE '2027-12-31', 3, 'SHARED', 'hr',"
                    + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
            long id = 10_000;
            Object[][] extra = {{1, 41}, {1, 41}, {1, 43}, {1, 43}, {2, 42}, {4, 1}, {4, 1}, {4, 2}};
            for (Object[] row : extra) {
                assessment(sql, ++id, row[0], row[1]);
                sql.execute("INSERT INTO answer (assessment_id, item_id, answer_value) VALUES (" + id + ", '"
                        + MATURITY.items().get(0).id() + "', " + (id % 5 + 1) + "), (" + id + ", '"
                        + MATURITY.items().get(3).id() + "', 2)");
                sql.execute("INSERT INTO scale_score (assessment_id, scale_id, score, answered, items) VALUES (" + id + ", '"
                        + MATURITY.scales().get(0).id() + "', " + (1 + id % 7 / 3.0) + ", 1, 1), (" + id + ", '"
                        + MATURITY.scales().get(1).id() + "', NULL, 0, 1)");
            }
            sql.execute("INSERT INTO answer (assessment_id, item_id, answer_value) VALUES (10001, 'no-such-item', 4)");
            sql.execute("INSERT INTO scale_score (assessment_id, scale_id, score, answered, items) VALUES (10002, 'no-such-scale', 3.25, 1, 1)");
            sql.execute("INSERT INTO scale_score (assessment_id, scale_id, score, answered, items) VALUES (10003, '"
                    + MATURITY.scales().get(2).id() + "', 0.30000000000000004, 1, 1)");
            assessment(sql, ++id, 1, 1);
            assessment(sql, ++id, 1, 41);
        }
    }

    /** A submitted assessment; those added last are blank (no answer) and must never be read. */
    private static void assessment(Statement sql, long id, Object campaign, Object team) throws SQLException {
        sql.execute("INSERT INTO assessment (id, questionnaire_id, questionnaire_version, scoring_version, progress, campaign_id,"
                + " team_id, started_at) VALUES (" + id + ", '" + MATURITY.id() + "', " + MATURITY.version() + ", '1', 'SUBMITTED', "
                + campaign + ", " + team + ", TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rowsInNoTeamArePooledAsTheCodebookCountsThem(TestDatabase database) throws Exception {
        DataSource dataSource = database.fresh();
        Synthetic.insert(dataSource, MATURITY, 600);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (long id = 1001; id <= 1003; id++) {
                assessment(sql, id, 1, null);
                sql.execute("INSERT INTO answer (assessment_id, item_id, answer_value) VALUES (" + id + ", '"
                        + MATURITY.items().get(0).id() + "', 3)");
            }
        }
        RawLayout layout = new RawLayout(MATURITY);
        RawSelection selection = new RawRowReader(dataSource).select(layout, 1L, TODAY);
        assertEquals(3, selection.count(RawLabel.POOLED));
        List<String> rows = rows(dataSource, layout, 1L, selection, 7, false);
        assertEquals(selection.exported(), rows.size());
        assertEquals(3, rows.stream().filter(row -> row.contains("|null|")).count(), "pooled rows carry no team name");
    }
}
