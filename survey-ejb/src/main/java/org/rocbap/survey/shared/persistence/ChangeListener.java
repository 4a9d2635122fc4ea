package org.rocbap.survey.shared.persistence;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Every entity's listener (META-INF/orm.xml): counts a change when a record is written, and once more
 * when its transaction commits, so that figures computed between the write and the commit, from the
 * rows as they were, are not kept as current either.
 */
public class ChangeListener {

    private static final String REGISTERED = ChangeListener.class.getName();

    /** Looked up once: an import writes thousands of records in one transaction. */
    private static volatile TransactionSynchronizationRegistry registry;

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        DataChanges.changed();
        TransactionSynchronizationRegistry transaction = registry();
        if (transaction != null
                && transaction.getTransactionStatus() == Status.STATUS_ACTIVE
                && transaction.getResource(REGISTERED) == null) {
            transaction.putResource(REGISTERED, Boolean.TRUE);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // Nothing to do before the commit; the count that matters comes after it.
                }

                @Override
                public void afterCompletion(int status) {
                    DataChanges.changed();
                }
            });
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        if (registry != null) {
            return registry;
        }
        try {
            registry = (TransactionSynchronizationRegistry)
                    new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
            return registry;
        } catch (NamingException e) {
            // Outside the container (unit tests of the entities): no transaction to wait for.
            return null;
        }
    }
}
