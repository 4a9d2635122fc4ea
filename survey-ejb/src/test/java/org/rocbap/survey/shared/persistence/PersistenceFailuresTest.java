package org.rocbap.survey.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PersistenceFailuresTest {

    @Test
    void aRefusedConnectionDeepInTheChainIsTheDatabaseOutOfReach() {
        SQLException refused = new SQLException("Connection to localhost:25432 refused", "08001");
        EJBException failure = new EJBException(new RuntimeException("Exception [EclipseLink-4002]", refused));

        assertThat(PersistenceFailures.databaseUnreachable(failure)).isTrue();
    }

    @Test
    void aDatabaseShuttingDownIsOutOfReachToo() {
        assertThat(PersistenceFailures.databaseUnreachable(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
    }

    @Test
    void aCommitCutByTheShutdownCarriesItsCauseAsSuppressed() {
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new IllegalStateException(
                "IJ001156: Could not commit local transaction",
                new SQLException("terminating connection due to administrator command", "57P01")));

        assertThat(PersistenceFailures.databaseUnreachable(new EJBException(rollback)))
                .isTrue();
    }

    @Test
    void aBrokenRuleOrARaceIsNot() {
        assertThat(PersistenceFailures.databaseUnreachable(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(PersistenceFailures.databaseUnreachable(new IllegalStateException("no")))
                .isFalse();
    }
}
