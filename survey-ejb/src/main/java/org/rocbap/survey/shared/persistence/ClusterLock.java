package org.rocbap.survey.shared.persistence;

import jakarta.persistence.EntityManager;

/**
 * Work that one node of a cluster at a time may do, whatever timers fire where: a PostgreSQL advisory
 * lock held until the caller's transaction ends. A node that dies loses its connection, and with it the
 * lock, so that another node takes the work over at its next turn.
 */
public enum ClusterLock {
    /** The survey rounds' calendar: invitations, reminders, notices, feedback. */
    ROUND_CALENDAR(1),
    /** Emptying the outbox. */
    MAIL_DELIVERY(2);

    /** The application's own range of advisory lock numbers, apart from anything else on the server. */
    private static final long RANGE = 0x524f4342_00000000L;

    private final long key;

    ClusterLock(int number) {
        this.key = RANGE + number;
    }

    /** Waits until no other transaction holds the lock, then holds it until this one ends. */
    public void await(EntityManager em) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, key)
                .getSingleResult();
    }

    /** Takes the lock for this transaction if no other one holds it; otherwise says no at once. */
    public boolean tryTake(EntityManager em) {
        return Boolean.TRUE.equals(em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, key)
                .getSingleResult());
    }
}
