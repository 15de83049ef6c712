package org.concord.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Concord's persistence unit outside the server, on a test database: the same entities and
 * mappings as in Payara, with resource-local transactions that the test opens and commits.
 */
public final class Jpa implements AutoCloseable {

    private final EntityManagerFactory factory;

    public Jpa(DataSource dataSource) {
        factory = Persistence.createEntityManagerFactory("concord", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "eclipselink.logging.level", "WARNING"));
    }

    /** Runs {@code work} in one transaction and commits it; rolls back when it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager entityManager = factory.createEntityManager();
        try {
            entityManager.getTransaction().begin();
            T result = work.apply(entityManager);
            entityManager.getTransaction().commit();
            return result;
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
