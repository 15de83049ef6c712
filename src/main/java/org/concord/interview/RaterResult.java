package org.concord.interview;

import java.util.List;
import org.concord.questionnaire.Item;

/**
 * One interviewer's ratings of a candidate as the candidate page shows them: who rated, whether
 * it is the viewer, the score of each interview scale, and each question's rating and note.
 */
public record RaterResult(String rater, boolean own, boolean submitted, List<ScaleResult> scales, List<Rating> ratings) implements java.io.Serializable {

    public RaterResult {
        scales = List.copyOf(scales);
        ratings = List.copyOf(ratings);
    }

    /** One question as rated: the rating (null when not rated) and the note (null when none). */
    public record Rating(Item item, Integer rating, String note) implements java.io.Serializable {
    }

    /** The questions that carry a note. */
    public List<Rating> notes() {
        return ratings.stream().filter(r -> r.note() != null).toList();
    }
}
