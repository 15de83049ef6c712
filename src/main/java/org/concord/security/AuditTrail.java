package org.concord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Appends to the audit trail. Each entry joins the transaction of the action it records, so an
 * action that rolls back leaves no entry, and an entry never exists without its action.
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

    /** For use outside the server (tests): entries go through {@code entityManager}. */
    public AuditTrail(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public void record(String actor, String action, String subject, String detail) {
        entityManager.persist(new AuditEntry(clock.instant(), actor, action, subject, detail));
    }

    public List<AuditEntry> entriesFor(String action) {
        return entityManager.createNamedQuery("AuditEntry.findByAction", AuditEntry.class)
                .setParameter("action", action)
                .getResultList();
    }
}
