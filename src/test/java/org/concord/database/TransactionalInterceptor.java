package org.concord.database;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionRequiredException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.util.Arrays;

/**
 * The server's {@code @Transactional} for a {@link Container}'s beans, on {@link Jpa}'s
 * resource-local transactions: REQUIRED joins the thread's open transaction or begins one,
 * REQUIRES_NEW begins one of its own on a new entity manager (the caller's waits, as JTA
 * suspends it), SUPPORTS runs in whatever is open, MANDATORY refuses to run without one. As in
 * JTA, a runtime exception rolls back (the open transaction is marked for roll-back when
 * joined) and a checked one commits, unless {@code rollbackOn} or {@code dontRollbackOn} say
 * otherwise. NOT_SUPPORTED and NEVER, which Concord does not use, are refused.
 */
@Interceptor
@Transactional
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class TransactionalInterceptor {

    @Inject
    private Jpa jpa;

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        Transactional transactional = binding(invocation);
        return switch (transactional.value()) {
            case REQUIRED -> jpa.active() ? jpa.joined(invocation::proceed, failure -> rollsBack(transactional, failure))
                    : jpa.newTransaction(invocation::proceed, failure -> rollsBack(transactional, failure));
            case REQUIRES_NEW -> jpa.newTransaction(invocation::proceed, failure -> rollsBack(transactional, failure));
            case SUPPORTS -> invocation.proceed();
            case MANDATORY -> {
                if (!jpa.active()) {
                    throw new TransactionalException(invocation.getMethod() + " needs a transaction",
                            new TransactionRequiredException());
                }
                yield jpa.joined(invocation::proceed, failure -> rollsBack(transactional, failure));
            }
            default -> throw new IllegalStateException(transactional.value() + " is not used by Concord: add it here");
        };
    }

    /** The method's annotation, else its class's. */
    private static Transactional binding(InvocationContext invocation) {
        Transactional onMethod = invocation.getMethod().getAnnotation(Transactional.class);
        return onMethod != null ? onMethod : invocation.getTarget().getClass().getAnnotation(Transactional.class);
    }

    private static boolean rollsBack(Transactional transactional, Throwable failure) {
        if (Arrays.stream(transactional.dontRollbackOn()).anyMatch(type -> type.isInstance(failure))) {
            return false;
        }
        return failure instanceof RuntimeException || failure instanceof Error
                || Arrays.stream(transactional.rollbackOn()).anyMatch(type -> type.isInstance(failure));
    }
}
