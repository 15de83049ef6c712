package org.concord.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.ResponseFormat;

/**
 * Plausible answers for the demo: a respondent has a level on each scale (the team's level
 * plus a personal offset), answers each item near it with some noise, reverse-keyed items the
 * other way round, and now and then skips one. Deterministic for a given {@link Random}.
 */
final class SyntheticAnswers {

    private final Random random;

    SyntheticAnswers(Random random) {
        this.random = random;
    }

    /** Answers around {@code level} (on the response scale) for every item of {@code questionnaire}; attention items as they ask. */
    Map<String, Integer> around(Questionnaire questionnaire, Map<String, Double> levelByScale, double defaultLevel) {
        ResponseFormat format = questionnaire.responseFormat();
        double personal = random.nextGaussian() * 0.35;
        Map<String, Integer> answers = new HashMap<>();
        for (Item item : questionnaire.items()) {
            if (random.nextInt(40) == 0) {
                continue;
            }
            if (item.attention()) {
                answers.put(item.id(), item.expected());
                continue;
            }
            double level = levelByScale.getOrDefault(item.scale(), defaultLevel) + personal + random.nextGaussian() * 0.6;
            int answer = (int) Math.round(Math.max(format.lo(), Math.min(format.hi(), level)));
            answers.put(item.id(), item.reversed() ? format.lo() + format.hi() - answer : answer);
        }
        return answers;
    }
}
