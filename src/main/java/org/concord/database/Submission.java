package org.concord.database;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One form post that created or changed something, by its key (see {@link Submissions}): what it
 * did and what came of it (an id, a name), so that a repeat of the same post can show the same
 * result. The key is unique in the database, which is what stops two posts at once.
 */
@Entity
@Table(name = "form_submission")
@NamedQuery(name = "Submission.deleteBefore", query = "DELETE FROM Submission s WHERE s.submittedAt < :before")
public class Submission {

    @Id
    @Column(name = "submission_key")
    private String key;

    private String action;

    private String result;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    protected Submission() {
        // for JPA
    }

    Submission(String key, String action, Instant at) {
        this.key = key;
        this.action = action.length() > 60 ? action.substring(0, 60) : action;
        this.submittedAt = at.atOffset(ZoneOffset.UTC);
    }

    void done(String result) {
        this.result = result == null || result.length() <= 500 ? result : result.substring(0, 500);
    }

    public String getResult() {
        return result;
    }
}
