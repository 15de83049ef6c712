package org.concord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.database.Like;

/**
 * Appends to the audit trail, and searches it. Each entry joins the transaction of the action
 * it records, so an action that rolls back leaves no entry, and an entry never exists without
 * its action. The trail is append-only: there is no method to change or remove an entry.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    protected AuditTrail() {
        // for CDI
    }

    public void record(String actor, String action, String subject, String detail) {
        entityManager.persist(new AuditEntry(clock.instant(), actor, action, subject, detail));
    }

    public List<AuditEntry> entriesFor(String action) {
        return entityManager.createNamedQuery("AuditEntry.findByAction", AuditEntry.class)
                .setParameter("action", action)
                .getResultList();
    }

    /** Every entry about {@code subject} (for example {@code candidate-51}), oldest first. */
    public List<AuditEntry> entriesAbout(String subject) {
        return entityManager.createNamedQuery("AuditEntry.findBySubject", AuditEntry.class)
                .setParameter("subject", subject)
                .getResultList();
    }

    /** One page of the entries {@code query} finds, newest first, read from the database alone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> search(AuditQuery query, int first, int pageSize) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<AuditEntry> found = entityManager.createQuery("SELECT e FROM AuditEntry e"
                + where(query, parameters) + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class);
        parameters.forEach(found::setParameter);
        return found.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /** How many entries {@code query} finds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(AuditQuery query) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> counted = entityManager.createQuery("SELECT COUNT(e) FROM AuditEntry e"
                + where(query, parameters), Long.class);
        parameters.forEach(counted::setParameter);
        return counted.getSingleResult();
    }

    /** Every action the trail holds, for the filter's choices. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> actions() {
        return entityManager.createQuery("SELECT DISTINCT e.action FROM AuditEntry e ORDER BY e.action", String.class)
                .getResultList();
    }

    private static String where(AuditQuery query, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (query.actor() != null) {
            conditions.add("LOWER(e.actor) LIKE :actor" + Like.ESCAPE);
            parameters.put("actor", Like.containing(query.actor()));
        }
        if (query.action() != null) {
            conditions.add("e.action = :action");
            parameters.put("action", query.action());
        }
        if (query.from() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", query.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
