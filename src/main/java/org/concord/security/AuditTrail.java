package org.concord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.concord.database.Like;
import org.concord.database.PageQuery;
import org.concord.kernel.Page;
import org.concord.kernel.PageRequest;

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

    /**
     * One page of the entries {@code query} finds, newest first, counted and read from the
     * database alone (the trail grows without end, so it is never loaded whole).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> page(AuditQuery query, PageRequest request) {
        PageQuery page = new PageQuery("x", "AuditEntry x").sort(request, Map.of(), "x.occurredAt DESC, x.id DESC");
        if (query.actor() != null) {
            page.where("LOWER(x.actor) LIKE :actor" + Like.ESCAPE, "actor", Like.containing(query.actor()));
        }
        if (query.action() != null) {
            page.where("x.action = :action", "action", query.action());
        }
        if (query.from() != null) {
            page.where("x.occurredAt >= :from", "from", query.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            page.where("x.occurredAt < :to", "to", query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return new Page<>(page.rows(entityManager, request, AuditEntry.class), page.count(entityManager));
    }

    /** Every action the trail holds, for the filter's choices. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> actions() {
        return entityManager.createQuery("SELECT DISTINCT e.action FROM AuditEntry e ORDER BY e.action", String.class)
                .getResultList();
    }
}
