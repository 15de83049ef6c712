package org.concord.scoring;

/**
 * One person's answers to one questionnaire, as the scoring engine takes them: an id, the team
 * they answered for (null or blank when none) and the answers in {@link ScoringPlan} item order
 * with {@link ScoringPlan#MISSING} for an unanswered item. The array is not copied: the engine
 * only reads it.
 */
public record Respondent(String id, String team, int[] answers) {

    public boolean inTeam() {
        return team != null && !team.isBlank();
    }
}
