package org.concord.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;

/**
 * A questionnaire compiled for fast scoring: every item has an index, every scale an array of
 * item indices with a sign and offset that apply its keying, and the number of answered items
 * its score needs. A respondent's answers are an {@code int[]} in item order, with
 * {@link #MISSING} for an unanswered item; answers must already lie in the response format
 * (the CSV reader and {@link RespondentScorer} check that). This is the main scoring API: the
 * hot path {@link #scoreInto} allocates nothing, which is what lets the server and reports
 * score a whole campaign in well under a second.
 */
public final class ScoringPlan {

    /** The answer value that means "not answered"; no response format can contain it. */
    public static final int MISSING = Integer.MIN_VALUE;

    private final Questionnaire questionnaire;
    private final Map<String, Integer> itemIndex = new HashMap<>();
    private final int[][] scaleItems;
    private final int[][] sign;
    private final int[][] offset;
    private final int[] needed;

    private ScoringPlan(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        List<Item> items = questionnaire.items();
        for (int i = 0; i < items.size(); i++) {
            itemIndex.put(items.get(i).id(), i);
        }
        List<Scale> scales = questionnaire.scales();
        int flip = questionnaire.responseFormat().lo() + questionnaire.responseFormat().hi();
        scaleItems = new int[scales.size()][];
        sign = new int[scales.size()][];
        offset = new int[scales.size()][];
        needed = new int[scales.size()];
        for (int s = 0; s < scales.size(); s++) {
            List<Item> own = questionnaire.itemsOf(scales.get(s).id());
            scaleItems[s] = new int[own.size()];
            sign[s] = new int[own.size()];
            offset[s] = new int[own.size()];
            for (int j = 0; j < own.size(); j++) {
                scaleItems[s][j] = itemIndex.get(own.get(j).id());
                sign[s][j] = own.get(j).reversed() ? -1 : 1;
                offset[s][j] = own.get(j).reversed() ? flip : 0;
            }
            needed[s] = neededAnswers(own.size(), scales.get(s).minAnswered());
        }
    }

    public static ScoringPlan of(Questionnaire questionnaire) {
        return new ScoringPlan(questionnaire);
    }

    /** The fewest answered items n (at least 1) with n / items >= minAnswered. */
    static int neededAnswers(int items, double minAnswered) {
        for (int n = 1; n <= items; n++) {
            if ((double) n / items >= minAnswered) {
                return n;
            }
        }
        return Math.max(items, 1);
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public int itemCount() {
        return questionnaire.items().size();
    }

    public int scaleCount() {
        return scaleItems.length;
    }

    public Scale scale(int s) {
        return questionnaire.scales().get(s);
    }

    /** The index of an item in an answers array, or -1 for an id the questionnaire lacks. */
    public int itemIndex(String itemId) {
        return itemIndex.getOrDefault(itemId, -1);
    }

    /** The indices, in the answers array, of scale {@code s}'s items, in questionnaire order. */
    public int[] itemsOf(int s) {
        return scaleItems[s].clone();
    }

    /** How many answered items scale {@code s} needs for a score. */
    public int neededAnswers(int s) {
        return needed[s];
    }

    /** The keyed value of the {@code j}-th item of scale {@code s} for a raw answer. */
    public int keyed(int s, int j, int answer) {
        return sign[s][j] * answer + offset[s][j];
    }

    /** Scale {@code s}'s score, or NaN when too few of its items are answered. */
    public double scaleScore(int[] answers, int s) {
        int[] items = scaleItems[s];
        int[] sg = sign[s];
        int[] off = offset[s];
        int sum = 0;
        int answered = 0;
        for (int j = 0; j < items.length; j++) {
            int x = answers[items[j]];
            if (x != MISSING) {
                sum += sg[j] * x + off[j];
                answered++;
            }
        }
        return answered >= needed[s] ? (double) sum / answered : Double.NaN;
    }

    /** Writes every scale's score (NaN when missing) to {@code scores[at..at+scaleCount)}. */
    public void scoreInto(int[] answers, double[] scores, int at) {
        for (int s = 0; s < scaleItems.length; s++) {
            scores[at + s] = scaleScore(answers, s);
        }
    }

    /** Every scale's score, NaN where missing, in questionnaire order. */
    public double[] score(int[] answers) {
        double[] scores = new double[scaleItems.length];
        scoreInto(answers, scores, 0);
        return scores;
    }

    /** How many of scale {@code s}'s items are answered. */
    public int answered(int[] answers, int s) {
        int count = 0;
        for (int item : scaleItems[s]) {
            if (answers[item] != MISSING) {
                count++;
            }
        }
        return count;
    }

    /**
     * The keyed answers of the respondents who answered every item of scale {@code s} (its
     * complete cases), by column: {@code result[item][case]}. Reliability is computed on these.
     */
    public double[][] completeCases(List<int[]> respondents, int s) {
        int[] items = scaleItems[s];
        int[] complete = new int[respondents.size()];
        int cases = 0;
        for (int r = 0; r < complete.length; r++) {
            if (answered(respondents.get(r), s) == items.length) {
                complete[cases++] = r;
            }
        }
        double[][] columns = new double[items.length][cases];
        for (int c = 0; c < cases; c++) {
            int[] answers = respondents.get(complete[c]);
            for (int j = 0; j < items.length; j++) {
                columns[j][c] = sign[s][j] * answers[items[j]] + offset[s][j];
            }
        }
        return columns;
    }
}
