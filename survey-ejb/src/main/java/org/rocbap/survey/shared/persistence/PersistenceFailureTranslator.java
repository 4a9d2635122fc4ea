package org.rocbap.survey.shared.persistence;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;

/**
 * Bound to every service (META-INF/ejb-jar.xml): a flush inside a service that loses a race becomes
 * the {@link org.rocbap.survey.shared.rules.ConcurrentChangeException} the pages and the API answer
 * with "changed by someone else" (409), instead of a system exception that reads as a fault.
 */
public class PersistenceFailureTranslator {

    @AroundInvoke
    public Object translate(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (PersistenceException e) {
            throw PersistenceFailures.conflict(e).<Exception>map(c -> c).orElse(e);
        }
    }
}
