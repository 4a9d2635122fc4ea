package org.rocbap.survey.signin.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.rocbap.survey.shared.config.Configuration;
import org.rocbap.survey.signin.entity.InvalidLogoutTokenException;

/**
 * Reads a logout token (OpenID Connect Back-Channel Logout 1.0, section 2.6) from Keycloak: typed
 * {@code logout+jwt}, signed by the realm with one of its published keys, issued by the realm for the
 * application's client within the last two minutes, marked as a logout event, without a nonce, and
 * naming the session that ended.
 */
@ApplicationScoped
public class LogoutTokens {

    /** The application's client in the realm (WEB-INF/oidc.json's client-id). */
    static final String CLIENT_ID = "survey-web";

    static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

    /** The JOSE header's type of a logout token, so that no other token of the realm passes for one. */
    static final String TYPE = "logout+jwt";

    /** Keycloak posts the token as the logout happens; an older one is a replay. */
    private static final int MAX_AGE_SECONDS = 120;

    private static final int CLOCK_SKEW_SECONDS = 30;

    @Inject
    private Configuration configuration;

    private JwtConsumer consumer;

    public LogoutTokens() {}

    LogoutTokens(String realmUrl) {
        consumer = consumerFor(realmUrl);
    }

    @PostConstruct
    void connect() {
        consumer = consumerFor(configuration.realmUrl());
    }

    private static JwtConsumer consumerFor(String realmUrl) {
        // The key set is fetched once and again only for a key it does not know (Keycloak's key rotation).
        HttpsJwks keys = new HttpsJwks(realmUrl + "/protocol/openid-connect/certs");
        return new JwtConsumerBuilder()
                .setExpectedType(true, TYPE)
                .setExpectedIssuer(realmUrl)
                .setExpectedAudience(CLIENT_ID)
                .setRequireIssuedAt()
                .setIssuedAtRestrictions(CLOCK_SKEW_SECONDS, MAX_AGE_SECONDS)
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setJwsAlgorithmConstraints(ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys))
                .build();
    }

    /**
     * The Keycloak session the token ends.
     *
     * @throws InvalidLogoutTokenException when the token is not a valid logout token of the realm
     */
    public String endedSession(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidLogoutTokenException("no logout_token");
        }
        try {
            JwtClaims claims = consumer.processToClaims(token);
            return sessionOf(claims);
        } catch (InvalidJwtException e) {
            throw new InvalidLogoutTokenException(e.getMessage());
        }
    }

    static String sessionOf(JwtClaims claims) {
        try {
            Object events = claims.getClaimValue("events");
            if (!(events instanceof Map<?, ?> map) || !map.containsKey(LOGOUT_EVENT)) {
                throw new InvalidLogoutTokenException("not a back-channel logout event");
            }
            if (claims.hasClaim("nonce")) {
                // An ID token carries a nonce; a logout token must not, so one cannot pass for the other.
                throw new InvalidLogoutTokenException("a logout token has no nonce");
            }
            String session = claims.getStringClaimValue("sid");
            if (session == null || session.isBlank()) {
                throw new InvalidLogoutTokenException("no sid: the realm must send the session");
            }
            return session;
        } catch (MalformedClaimException e) {
            throw new InvalidLogoutTokenException(e.getMessage());
        }
    }
}
