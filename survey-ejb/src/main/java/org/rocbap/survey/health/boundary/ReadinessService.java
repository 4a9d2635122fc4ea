package org.rocbap.survey.health.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Probes the database and the identity provider for a load balancer or orchestrator deciding whether
 * to send users here. WildFly's own readiness check (MicroProfile Health on the management port) sees
 * the server and the deployment but not these two, and it does not pick up checks from an EAR's
 * modules, so the application answers for them itself.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReadinessService {

    private static final Logger LOG = Logger.getLogger(ReadinessService.class.getName());

    /** Short enough for a probe that runs every few seconds, long enough for a loaded server. */
    private static final Duration LIMIT = Duration.ofSeconds(3);

    @Resource(lookup = "java:jboss/datasources/SurveyDS")
    private DataSource dataSource;

    public Readiness check() {
        return new Readiness(List.of(
                new Readiness.Probe(Readiness.DATABASE, databaseAnswers()),
                new Readiness.Probe(Readiness.IDENTITY_PROVIDER, IdentityProviderProbe.answers(LIMIT))));
    }

    private boolean databaseAnswers() {
        // The pool validates each connection as it hands it out, so a connection left over from
        // before a database restart is replaced here rather than reported as an outage.
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) LIMIT.toSeconds());
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Readiness: the database does not answer", e);
            return false;
        }
    }
}
