package org.concord.disclosure;

import java.nio.file.Path;
import java.util.Arrays;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.scoring.ScoringPlan;

/** What the gate's tests build waves from: a shipped questionnaire and responses scored as submission stores them. */
final class Waves {

    static final Questionnaire CLIMATE = QuestionnaireLoader.loadFolder(Path.of("questionnaires"))
            .latest("team-cooperation-climate").orElseThrow();
    static final ScoringPlan PLAN = ScoringPlan.of(CLIMATE);

    private Waves() {
    }

    /** A response of {@code team} answering every item with {@code value}. */
    static Response all(String team, int value) {
        int[] answers = new int[PLAN.itemCount()];
        Arrays.fill(answers, value);
        return response(team, answers);
    }

    /** A response with its stored scores, as the scoring engine computed them at submission. */
    static Response response(String team, int[] answers) {
        return new Response(team, answers.clone(), PLAN.score(answers));
    }

    /** A response of {@code team} with no answer at all. */
    static Response blank(String team) {
        int[] answers = new int[PLAN.itemCount()];
        Arrays.fill(answers, ScoringPlan.MISSING);
        return response(team, answers);
    }

    /** The same as {@code response} with item {@code item} skipped. */
    static Response skipping(Response response, int item) {
        int[] answers = response.answers().clone();
        answers[item] = ScoringPlan.MISSING;
        return response(response.team(), answers);
    }
}
