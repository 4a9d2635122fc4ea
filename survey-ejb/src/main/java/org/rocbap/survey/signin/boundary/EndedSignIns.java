package org.rocbap.survey.signin.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.rocbap.survey.signin.control.LogoutTokens;
import org.rocbap.survey.signin.entity.InvalidLogoutTokenException;

/**
 * The Keycloak sessions that have ended, shared by every node through the database. An application
 * session keeps its tokens for minutes after Keycloak's session ends; asking here on each request ends
 * it at once.
 */
@Stateless
@PermitAll
public class EndedSignIns {

    /**
     * Longer than any application session lives (60 minutes idle) and than Keycloak lets a refreshed
     * token run on, after which the session could not go on anyway.
     */
    private static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LogoutTokens tokens;

    /**
     * Records the session that Keycloak's logout token names as ended.
     *
     * @throws InvalidLogoutTokenException when the token is not one the realm issued for this application
     */
    public void end(String logoutToken) {
        String session = tokens.endedSession(logoutToken);
        // Wall time, not the application's clock: staff may shift that one to rehearse a round.
        Instant now = Instant.now();
        em.createNativeQuery("DELETE FROM ended_sign_in WHERE ended_at < ?1")
                .setParameter(1, Timestamp.from(now.minus(KEPT)))
                .executeUpdate();
        // Keycloak may send the same logout twice (a retry, two nodes); the first one counts.
        em.createNativeQuery("INSERT INTO ended_sign_in (session_id, ended_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, session)
                .setParameter(2, Timestamp.from(now))
                .executeUpdate();
    }

    /** Whether Keycloak has reported the session as ended. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasEnded(String session) {
        return !em.createNativeQuery("SELECT 1 FROM ended_sign_in WHERE session_id = ?1")
                .setParameter(1, session)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
