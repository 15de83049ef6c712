package org.concord.security;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an administrator looks for in the audit trail: entries whose actor contains some text,
 * of one action, between two days (both included, in UTC, as the trail's times are shown).
 * Any part left empty does not filter.
 */
public record AuditQuery(String actor, String action, LocalDate from, LocalDate to) implements Serializable {

    public static final AuditQuery EVERYTHING = new AuditQuery(null, null, null, null);

    public AuditQuery {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        action = action == null || action.isBlank() ? null : action.strip();
    }
}
