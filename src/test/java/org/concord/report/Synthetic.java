package org.concord.report;

import java.util.HashMap;
import org.concord.assessment.StoredScore;
import org.concord.assessment.SubmittedValues;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Key;
import org.concord.questionnaire.Kind;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.ResponseFormat;
import org.concord.questionnaire.Scale;
import org.concord.questionnaire.Text;

/**
 * Synthetic submitted questionnaires for the export's benchmark and its bigger tests: a
 * questionnaire of {@code items} items on a 1..5 format in {@code scales} scales, and for
 * respondent r a row drawn from a seed fixed by r (2% of answers skipped, 3% of scores
 * missing), either filled into a {@link RawRow} in memory or inserted into a database.
 */
final class Synthetic {

    static final int TEAMS = 40;

    private Synthetic() {
    }

    static Questionnaire questionnaire(int itemCount, int scaleCount) {
        Text text = Text.of("Synthetic item, \"quoted\" & <marked>", "Item synthétique, « cité » & <balisé>");
        List<Scale> scales = new ArrayList<>();
        for (int s = 0; s < scaleCount; s++) {
            scales.add(new Scale("scale-" + (s + 1), Text.of("Scale " + (s + 1), "Échelle " + (s + 1)), text,
                    Scale.DEFAULT_MIN_ANSWERED, List.of(), List.of(), null));
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            Key key = (i / scaleCount) % 3 == 2 ? Key.MINUS : Key.PLUS;
            items.add(new Item("item-" + (i + 1), scales.get(i % scaleCount).id(), text, key, List.of(), Map.of()));
        }
        Map<Integer, Text> labels = Map.of(1, Text.of("Never", "Jamais"), 2, text, 3, text, 4, text,
                5, Text.of("Always", "Toujours"));
        return new Questionnaire("synthetic", 1, Kind.TEAM_MEMBER, text, text, text, new ResponseFormat(1, 5, labels),
                scales, items, "Concord", "synthetic", false, null, 1);
    }

    /** Respondent {@code r}'s row: the same every time for the same r. */
    static RawRow fill(RawRow row, int r, int itemCount) {
        SplittableRandom random = new SplittableRandom(r * 0x9E3779B97F4A7C15L);
        row.reset(r + 1, "Campaign " + (r % 3 + 1), "wave " + (r % 3 + 1), "Team " + (r % TEAMS + 1));
        double[] values = row.values;
        for (int i = 0; i < itemCount; i++) {
            values[i] = random.nextDouble() < 0.02 ? Double.NaN : 1 + random.nextInt(5);
        }
        for (int s = itemCount; s < values.length; s++) {
            values[s] = random.nextDouble() < 0.03 ? Double.NaN : 1 + random.nextInt(4001) / 1000.0;
        }
        return row;
    }

    /** Which of the inserted questionnaires also get the lines Concord writes at submission ({@link SubmittedValues}). */
    enum Lines {
        /** Every one, as Concord writes them. */
        ALL,
        /** Those of odd number: the other half must be read from their rows of answers and scores. */
        EVERY_OTHER
    }

    /** {@link #insert(DataSource, Questionnaire, int, Lines)} with every questionnaire's lines, as Concord writes them. */
    static void insert(DataSource dataSource, Questionnaire questionnaire, int respondents) throws SQLException {
        insert(dataSource, questionnaire, respondents, Lines.ALL);
    }

    /**
     * Inserts {@code respondents} submitted assessments of {@code questionnaire} into a fresh
     * database, in three campaigns of {@link #TEAMS} teams, with JDBC batches: their rows of
     * answers and scores and, as {@code lines} says, their lines.
     */
    static void insert(DataSource dataSource, Questionnaire questionnaire, int respondents, Lines lines) throws SQLException {
        RawLayout layout = new RawLayout(questionnaire);
        OffsetDateTime now = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (int t = 1; t <= TEAMS; t++) {
                    statement.addBatch("INSERT INTO team (id, name, created_at) VALUES (" + t + ", 'Team " + t
                            + "', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
                }
                for (int c = 1; c <= 3; c++) {
                    statement.addBatch("INSERT INTO campaign (id, name, wave_label, opens_on, closes_on, min_group_size,"
                            + " link_mode, created_by, created_at) VALUES (" + c + ", 'Campaign " + c + "', 'wave "
                            + c + "', DATE '2026-01-01', DATE '2026-06-30', 3, 'SHARED', 'hr',"
                            + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
                }
                statement.executeBatch();
            }
            try (PreparedStatement assessment = connection.prepareStatement("INSERT INTO assessment (id, questionnaire_id,"
                    + " questionnaire_version, scoring_version, progress, campaign_id, team_id, started_at, submitted_on,"
                    + " submitted_answers, submitted_scores) VALUES (?, ?, ?, '1', 'SUBMITTED', ?, ?, ?, ?, ?, ?)");
                 PreparedStatement answer = connection.prepareStatement(
                         "INSERT INTO answer (assessment_id, item_id, answer_value) VALUES (?, ?, ?)");
                 PreparedStatement score = connection.prepareStatement(
                         "INSERT INTO scale_score (assessment_id, scale_id, score, answered, items) VALUES (?, ?, ?, 1, 1)")) {
                RawRow row = new RawRow(layout.valueCount());
                List<Item> items = questionnaire.items();
                List<Scale> scales = questionnaire.scales();
                for (int r = 0; r < respondents; r++) {
                    fill(row, r, items.size());
                    assessment.setLong(1, row.number);
                    assessment.setString(2, questionnaire.id());
                    assessment.setInt(3, questionnaire.version());
                    assessment.setLong(4, r % 3 + 1);
                    assessment.setLong(5, r % TEAMS + 1);
                    assessment.setObject(6, now);
                    assessment.setObject(7, null);
                    boolean withLines = lines == Lines.ALL || row.number % 2 == 1;
                    Map<String, Integer> answers = new HashMap<>();
                    Map<String, StoredScore> scores = new HashMap<>();
                    for (int i = 0; i < items.size(); i++) {
                        if (!Double.isNaN(row.values[i])) {
                            answers.put(items.get(i).id(), (int) row.values[i]);
                        }
                    }
                    for (int s = 0; s < scales.size(); s++) {
                        double value = row.values[items.size() + s];
                        scores.put(scales.get(s).id(), new StoredScore(Double.isNaN(value) ? null : value, 1, 1));
                    }
                    assessment.setString(8, withLines ? SubmittedValues.answers(answers) : null);
                    assessment.setString(9, withLines ? SubmittedValues.scores(scores) : null);
                    assessment.addBatch();
                    for (int i = 0; i < items.size(); i++) {
                        if (!Double.isNaN(row.values[i])) {
                            answer.setLong(1, row.number);
                            answer.setString(2, items.get(i).id());
                            answer.setShort(3, (short) row.values[i]);
                            answer.addBatch();
                        }
                    }
                    for (int s = 0; s < scales.size(); s++) {
                        double value = row.values[items.size() + s];
                        score.setLong(1, row.number);
                        score.setString(2, scales.get(s).id());
                        if (Double.isNaN(value)) {
                            score.setNull(3, java.sql.Types.DOUBLE);
                        } else {
                            score.setDouble(3, value);
                        }
                        score.addBatch();
                    }
                    if (r % 500 == 499 || r == respondents - 1) {
                        assessment.executeBatch();
                        answer.executeBatch();
                        score.executeBatch();
                    }
                }
            }
            connection.commit();
        }
    }
}
