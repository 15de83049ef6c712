package org.concord.interview;

import java.util.List;
import org.concord.questionnaire.Scale;
import org.concord.scoring.Agreement;
import org.concord.scoring.Estimate;

/**
 * How far the interviewers agree on one interview scale: each interviewer's scale score, the
 * range between the highest and the lowest of them, and rwg(j) over the scale's questions
 * across interviewers (uniform null; below {@link Agreement#LOW_AGREEMENT} the interviewers
 * should talk before concluding).
 */
public record ScaleAgreement(Scale scale, List<RaterScore> scores, Double range, Estimate rwgj) implements java.io.Serializable {

    public ScaleAgreement {
        scores = List.copyOf(scores);
    }

    /** One interviewer's score on the scale; null when it is missing. */
    public record RaterScore(String rater, Double score) implements java.io.Serializable {
    }

    public boolean low() {
        return Agreement.low(rwgj);
    }

    public boolean hasRange() {
        return range != null;
    }
}
