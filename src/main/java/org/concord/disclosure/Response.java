package org.concord.disclosure;

import org.concord.scoring.ScoringPlan;

/**
 * One submitted questionnaire as the gate sees it: the team it was answered for (null when
 * none), its raw answers in questionnaire order ({@link ScoringPlan#MISSING} where an item was
 * skipped) and its stored scale scores in questionnaire order (NaN where a score is missing).
 * A response with no answer at all is blank: it is not a response and counts nowhere.
 */
public record Response(String team, int[] answers, double[] scores) {

    public boolean blank() {
        for (int answer : answers) {
            if (answer != ScoringPlan.MISSING) {
                return false;
            }
        }
        return true;
    }
}
