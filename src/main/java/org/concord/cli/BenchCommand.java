package org.concord.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.concord.questionnaire.Band;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Key;
import org.concord.questionnaire.Kind;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.ResponseFormat;
import org.concord.questionnaire.Scale;
import org.concord.questionnaire.Text;
import org.concord.scoring.Reliability;
import org.concord.scoring.ScoringPlan;

/**
 * {@code bench [--respondents 100000] [--items 60]}: measures the scoring engine on synthetic
 * data. It builds a questionnaire of up to 6 scales on a 1..5 format, every third item of a
 * scale reverse-keyed, generates answers from a fixed seed (a latent trait per scale plus
 * noise, 2% left unanswered), then scores every respondent on every scale and computes each
 * scale's alpha: three warm-up rounds, then one measured round.
 */
final class BenchCommand {

    private static final long SEED = 20240601L;
    private static final int WARM_UP_ROUNDS = 3;

    private BenchCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int respondents = 100_000;
        int items = 60;
        try {
            for (int i = 0; i < args.length; i += 2) {
                int value = Integer.parseInt(args[i + 1]);
                switch (args[i]) {
                    case "--respondents" -> respondents = value;
                    case "--items" -> items = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (respondents < 1 || items < 3) {
                throw new IllegalArgumentException("needs at least 1 respondent and 3 items");
            }
        } catch (RuntimeException e) {
            err.println("bench: " + (e instanceof NumberFormatException ? "not a whole number: " + e.getMessage()
                    : e instanceof ArrayIndexOutOfBoundsException ? "an option lacks its value" : e.getMessage()));
            err.println("usage: java -jar concord-cli.jar bench [--respondents N] [--items K]");
            return 2;
        }
        ScoringPlan plan = ScoringPlan.of(questionnaire(items));
        List<int[]> answers = answers(plan, respondents);
        out.printf("bench: %,d respondents x %d items in %d scales, seed %d%n", respondents, items, plan.scaleCount(), SEED);
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            round(plan, answers);
        }
        long[] nanos = round(plan, answers);
        double scoringMs = nanos[0] / 1e6;
        double alphaMs = nanos[1] / 1e6;
        out.printf("scoring: %.1f ms, %,.0f respondents scored per second%n", scoringMs, respondents / (scoringMs / 1000));
        out.printf("alpha:   %.1f ms for %d scales%n", alphaMs, plan.scaleCount());
        out.printf("total:   %.1f ms (after %d warm-up rounds; checksum %.6f)%n", scoringMs + alphaMs, WARM_UP_ROUNDS,
                Double.longBitsToDouble(nanos[2]));
        return 0;
    }

    /** One round: nanoseconds scoring, nanoseconds for alpha, and a checksum (as double bits). */
    private static long[] round(ScoringPlan plan, List<int[]> answers) {
        int scales = plan.scaleCount();
        double[] scores = new double[answers.size() * scales];
        long start = System.nanoTime();
        for (int r = 0; r < answers.size(); r++) {
            plan.scoreInto(answers.get(r), scores, r * scales);
        }
        long scored = System.nanoTime();
        double checksum = 0;
        for (int s = 0; s < scales; s++) {
            checksum += Reliability.alpha(plan.completeCases(answers, s)).orElse(0);
        }
        long done = System.nanoTime();
        for (double score : scores) {
            checksum += Double.isNaN(score) ? 0 : score / scores.length;
        }
        return new long[] {scored - start, done - scored, Double.doubleToLongBits(checksum)};
    }

    private static List<int[]> answers(ScoringPlan plan, int respondents) {
        SplittableRandom random = new SplittableRandom(SEED);
        List<Item> items = plan.questionnaire().items();
        List<int[]> answers = new ArrayList<>(respondents);
        double[] trait = new double[plan.scaleCount()];
        for (int r = 0; r < respondents; r++) {
            for (int s = 0; s < trait.length; s++) {
                trait[s] = random.nextGaussian();
            }
            int[] row = new int[items.size()];
            for (int i = 0; i < row.length; i++) {
                int x = (int) Math.max(1, Math.min(5, Math.round(3 + trait[i % trait.length] + 0.8 * random.nextGaussian())));
                row[i] = random.nextDouble() < 0.02 ? ScoringPlan.MISSING : items.get(i).reversed() ? 6 - x : x;
            }
            answers.add(row);
        }
        return answers;
    }

    /** Item i belongs to scale i mod scales; every third item of a scale is reverse-keyed. */
    private static Questionnaire questionnaire(int itemCount) {
        int scaleCount = Math.min(6, itemCount / 3);
        Text text = Text.of("Synthetic", "Synthétique");
        List<Band> bands = List.of(new Band("all", 1, 5, text, text, null, false));
        List<Scale> scales = new ArrayList<>();
        for (int s = 0; s < scaleCount; s++) {
            scales.add(new Scale("scale-" + (s + 1), text, text, Scale.DEFAULT_MIN_ANSWERED, bands, List.of(), null));
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < itemCount; i++) {
            Key key = (i / scaleCount) % 3 == 2 ? Key.MINUS : Key.PLUS;
            items.add(new Item("item-" + (i + 1), scales.get(i % scaleCount).id(), text, key, List.of(), Map.of()));
        }
        Map<Integer, Text> labels = Map.of(1, text, 2, text, 3, text, 4, text, 5, text);
        return new Questionnaire("bench", 1, Kind.SELF_REPORT, text, text, text, new ResponseFormat(1, 5, labels),
                scales, items, "Concord", "synthetic", false, null, 1);
    }
}
