package org.rocbap.survey.shared.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * How many times the records have changed, counted in the database so that every node of a cluster
 * reads the same number: what any node computed from the records (the dashboards' figures) is current
 * while the number has not moved, whichever node made the change. A PostgreSQL sequence, which is
 * neither locked nor rolled back, so that writers never wait for one another on it.
 */
@Stateless
@PermitAll
public class DataChanges {

    @PersistenceContext
    private EntityManager em;

    /** The number now; it only grows. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long version() {
        return ((Number) em.createNativeQuery("SELECT last_value FROM data_change")
                        .getSingleResult())
                .longValue();
    }

    /**
     * Counts a committed change. Called after the writing transaction has ended (ChangeListener), so
     * in one of its own.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void changed() {
        em.createNativeQuery("SELECT nextval('data_change')").getSingleResult();
    }
}
