package org.concord.interview;

import java.util.Map;
import org.concord.questionnaire.Questionnaire;

/**
 * One interviewer's own ratings of a candidate as the interview screen shows them: the
 * interview questionnaire, the rating and note given to each question so far (by item id), the
 * question to come back to (1-based), and whether they are submitted. {@code assessmentId} is
 * null until the first rating or note is saved.
 */
public record InterviewSheet(Long assessmentId, Questionnaire questionnaire, Map<String, Integer> ratings,
                             Map<String, String> notes, int question, boolean submitted) implements java.io.Serializable {

    public InterviewSheet {
        ratings = Map.copyOf(ratings);
        notes = Map.copyOf(notes);
        question = Math.min(Math.max(question, 1), questionnaire.items().size());
    }

    /** How many questions have a rating. */
    public int rated() {
        return ratings.size();
    }
}
