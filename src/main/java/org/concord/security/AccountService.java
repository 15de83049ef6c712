package org.concord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Keeps the accounts people sign in with. On a new, empty database it creates the first
 * administrator with a random password that is handed back exactly once, to be shown to
 * whoever started Concord; only its hash is stored, and it must be changed at first sign-in.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    public static final String FIRST_ADMINISTRATOR = "admin";
    private static final int GENERATED_PASSWORD_LENGTH = 20;

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    protected AccountService() {
        // for CDI
    }

    /** For use outside the server (tests). */
    public AccountService(EntityManager entityManager, AuditTrail auditTrail, Clock clock) {
        this.entityManager = entityManager;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    public long count() {
        return entityManager.createNamedQuery("Account.count", Long.class).getSingleResult();
    }

    public Optional<Account> find(String username) {
        return entityManager.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /**
     * Creates the administrator account when there is no account at all, and returns its
     * password; returns empty when accounts exist already (the password is never shown again).
     */
    public Optional<char[]> createFirstAdministrator() {
        if (count() > 0) {
            return Optional.empty();
        }
        char[] password = PasswordHash.randomPassword(GENERATED_PASSWORD_LENGTH);
        Account admin = new Account(FIRST_ADMINISTRATOR, "Administrator", PasswordHash.hash(password),
                EnumSet.of(Role.ADMIN), clock.instant());
        admin.requirePasswordChange();
        entityManager.persist(admin);
        auditTrail.record("system", "account.created", FIRST_ADMINISTRATOR, "first administrator, generated password");
        return Optional.of(password);
    }
}
