package org.concord.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.questionnaire.Questionnaire;
import org.concord.scoring.Estimate;
import org.concord.scoring.NormGroup;
import org.concord.scoring.Reliability;
import org.concord.scoring.ScoringPlan;
import org.concord.scoring.SmallSamples;
import org.concord.scoring.StandardError;

/**
 * What the candidate page must show, computed in the test with the scoring engine from what the
 * server's database holds: every submitted answer of a questionnaire version (the reference
 * sample), then a score's text as the page writes it in English (two decimals, its 95% interval
 * within the response range or why not, its percentile with the norm group's n or why not,
 * under the small-sample rules: 10 complete cases for the interval, 30 scores for a percentile).
 */
final class RecruiterExpectations {

    private final ScoringPlan plan;
    private final List<int[]> sample;

    private RecruiterExpectations(ScoringPlan plan, List<int[]> sample) {
        this.plan = plan;
        this.sample = sample;
    }

    /** The submitted answers of {@code questionnaire}'s version, read from the server's database. */
    static RecruiterExpectations of(ConcordServer server, Questionnaire questionnaire) throws SQLException {
        ScoringPlan plan = ScoringPlan.of(questionnaire);
        Map<Long, int[]> answers = new HashMap<>();
        try (Connection db = server.database();
             PreparedStatement select = db.prepareStatement("SELECT a.id, x.item_id, x.answer_value FROM assessment a"
                     + " JOIN answer x ON x.assessment_id = a.id WHERE a.questionnaire_id = ? AND a.questionnaire_version = ?"
                     + " AND a.progress = 'SUBMITTED'")) {
            select.setString(1, questionnaire.id());
            select.setInt(2, questionnaire.version());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    int[] respondent = answers.computeIfAbsent(rs.getLong(1), id -> {
                        int[] none = new int[plan.itemCount()];
                        Arrays.fill(none, ScoringPlan.MISSING);
                        return none;
                    });
                    respondent[plan.itemIndex(rs.getString(2))] = rs.getInt(3);
                }
            }
        }
        return new RecruiterExpectations(plan, new ArrayList<>(answers.values()));
    }

    int sampleSize() {
        return sample.size();
    }

    /** The score of scale {@code s} for {@code answers}, as the page writes it. */
    String score(int s, int[] answers) {
        return decimals(plan.scaleScore(answers, s));
    }

    /** The interval cell: "low – high", or the start of the reason it is not available. */
    String interval(int s, int[] answers) {
        double[] scores = scores(s);
        Estimate alpha = Reliability.alpha(plan.completeCases(sample, s));
        int complete = plan.completeCases(sample, s)[0].length;
        if (complete < SmallSamples.COMPLETE_CASES) {
            return "not available: reliability needs at least 10 complete answers to this scale, there are " + complete;
        }
        if (!alpha.available() || !spread(scores)) {
            return "not available: the answers collected so far do not vary";
        }
        if (alpha.value() < 0) {
            return "not available: alpha is negative";
        }
        if (alpha.value() == 0) {
            return "not available: the reliability found";
        }
        StandardError.Interval interval = new StandardError(NormGroup.ofSample(scores).sd(), alpha.value())
                .interval(plan.scaleScore(answers, s), plan.questionnaire().responseFormat().lo(),
                        plan.questionnaire().responseFormat().hi());
        return decimals(interval.low()) + " – " + decimals(interval.high());
    }

    /** The percentile cell with the norm group's n, or the start of the reason it is not available. */
    String percentile(int s, int[] answers) {
        double[] scores = scores(s);
        if (scores.length < SmallSamples.NORM_DEFAULT) {
            return "not available: norm group n = " + scores.length + ", percentiles need at least " + SmallSamples.NORM_DEFAULT;
        }
        if (!spread(scores)) {
            return "not available: needs at least 2 differing scores";
        }
        NumberFormat whole = NumberFormat.getNumberInstance(Locale.ENGLISH);
        whole.setMaximumFractionDigits(0);
        return whole.format(NormGroup.ofSample(scores).percentileRank(plan.scaleScore(answers, s)).value())
                + " (n = " + scores.length + ")";
    }

    static String decimals(double value) {
        NumberFormat two = NumberFormat.getNumberInstance(Locale.ENGLISH);
        two.setMinimumFractionDigits(2);
        two.setMaximumFractionDigits(2);
        return two.format(value);
    }

    private double[] scores(int s) {
        return sample.stream().mapToDouble(a -> plan.scaleScore(a, s)).filter(x -> !Double.isNaN(x)).toArray();
    }

    private static boolean spread(double[] scores) {
        return Arrays.stream(scores).anyMatch(x -> x != scores[0]);
    }
}
