package org.concord.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One line of the audit trail: who did what to which subject, and when. Entries are only ever
 * added, never changed (the entity has no setters), so the trail tells what happened even
 * after the data it speaks of has been erased; {@code detail} never holds assessment data.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.findByAction",
        query = "SELECT e FROM AuditEntry e WHERE e.action = :action ORDER BY e.occurredAt")
@NamedQuery(name = "AuditEntry.findBySubject",
        query = "SELECT e FROM AuditEntry e WHERE e.subject = :subject ORDER BY e.occurredAt, e.id")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    private String actor;

    private String action;

    private String subject;

    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String subject, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt).atOffset(ZoneOffset.UTC);
        this.actor = requireText(actor, 100, "actor");
        this.action = requireText(action, 60, "action");
        this.subject = subject == null ? null : truncate(subject, 200);
        this.detail = detail == null ? null : truncate(detail, 1000);
    }

    private static String requireText(String value, int max, String what) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException("an audit entry's " + what + " is 1 to " + max + " characters");
        }
        return value;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt == null ? null : occurredAt.toInstant();
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
