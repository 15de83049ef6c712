package org.concord.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A scale score as stored with a submitted assessment: the score (null when too few items were
 * answered, never 0), and how many of the scale's items were answered, so the reason for a
 * missing score can always be told.
 */
@Embeddable
public class StoredScore {

    @Column(name = "score")
    private Double score;

    @Column(name = "answered")
    private int answered;

    @Column(name = "items")
    private int items;

    protected StoredScore() {
        // for JPA
    }

    public StoredScore(Double score, int answered, int items) {
        this.score = score;
        this.answered = answered;
        this.items = items;
    }

    /** The score, or null when it is missing. */
    public Double getScore() {
        return score;
    }

    public int getAnswered() {
        return answered;
    }

    public int getItems() {
        return items;
    }
}
