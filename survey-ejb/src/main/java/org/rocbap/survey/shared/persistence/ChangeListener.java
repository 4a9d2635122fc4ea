package org.rocbap.survey.shared.persistence;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Every entity's listener (META-INF/orm.xml): counts a change ({@link DataChanges}) once the
 * transaction that wrote a record has committed. Counting after the commit, not at the write, is what
 * keeps a figure computed from the rows as they were before it from passing for current: the count
 * moves only once the new rows can be read, and before the writer's answer leaves the server.
 */
public class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class.getName());

    private static final String REGISTERED = ChangeListener.class.getName();

    /** Looked up once: an import writes thousands of records in one transaction. */
    private static volatile TransactionSynchronizationRegistry registry;

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
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
                    if (status == Status.STATUS_COMMITTED) {
                        count();
                    }
                }
            });
        }
    }

    private static void count() {
        try {
            CDI.current().select(DataChanges.class).get().changed();
        } catch (RuntimeException e) {
            // The write stands; figures cached on the nodes are then recomputed at the latest when they
            // expire (SURVEY_REPORT_CACHE_SECONDS).
            LOG.log(Level.WARNING, "A committed change could not be counted", e);
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
