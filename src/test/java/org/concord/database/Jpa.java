package org.concord.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Concord's persistence unit outside the server, on a test database: the same entities and
 * mappings as in Payara, with resource-local transactions. Each thread's open transactions are
 * kept here, innermost first, so that {@link #entityManager()} acts as the server's
 * transaction-scoped persistence context: the beans of a {@link Container} and a test's own
 * {@link #inTransaction} share the transaction that is open, as they would share the JTA one.
 */
public final class Jpa implements AutoCloseable {

    private final EntityManagerFactory factory;
    private final ThreadLocal<Deque<EntityManager>> open = ThreadLocal.withInitial(ArrayDeque::new);
    /** The entity managers used outside any transaction (one per call, as in the server), closed with the unit. */
    private final List<EntityManager> untransacted = new CopyOnWriteArrayList<>();

    public Jpa(DataSource dataSource) {
        factory = Persistence.createEntityManagerFactory("concord", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "eclipselink.logging.level", "WARNING"));
    }

    /**
     * Runs {@code work} in the transaction this thread has open, else in a new one that is
     * committed at the end; rolls back (or marks the open one for roll-back) when it throws.
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        try {
            return active() ? joined(() -> work.apply(current()), failure -> true)
                    : newTransaction(() -> work.apply(current()), failure -> true);
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Exception cannotHappen) {
            throw new IllegalStateException("a Function threw a checked exception", cannotHappen);
        }
    }

    /** The persistence context beans are given: the open transaction's, or outside one a new one per call. */
    public EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(Jpa.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, arguments) -> {
                    EntityManager target = open.get().peek();
                    if (target == null) {
                        target = factory.createEntityManager();
                        untransacted.add(target);
                    }
                    try {
                        return method.invoke(target, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Whether this thread has a transaction open. */
    boolean active() {
        return !open.get().isEmpty();
    }

    private EntityManager current() {
        return open.get().peek();
    }

    /** Runs {@code work} in the open transaction, marking it for roll-back when what it throws {@code rollsBack}. */
    <T> T joined(Callable<T> work, Predicate<Throwable> rollsBack) throws Exception {
        EntityManager entityManager = current();
        try {
            return work.call();
        } catch (Exception | Error failure) {
            if (rollsBack.test(failure) && entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().setRollbackOnly();
            }
            throw failure;
        }
    }

    /**
     * Runs {@code work} in a transaction of its own, on a new entity manager, above any this
     * thread has open; commits at the end, or when it throws and the failure {@code rollsBack}, rolls back.
     */
    <T> T newTransaction(Callable<T> work, Predicate<Throwable> rollsBack) throws Exception {
        EntityManager entityManager = factory.createEntityManager();
        open.get().push(entityManager);
        try {
            entityManager.getTransaction().begin();
            T result;
            try {
                result = work.call();
            } catch (Exception | Error failure) {
                if (!rollsBack.test(failure)) {
                    entityManager.getTransaction().commit();
                }
                throw failure;
            }
            entityManager.getTransaction().commit();
            return result;
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            open.get().pop();
            entityManager.close();
        }
    }

    @Override
    public void close() {
        untransacted.forEach(EntityManager::close);
        factory.close();
    }
}
