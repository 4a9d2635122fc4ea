package org.rocbap.survey.signin.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.rocbap.survey.signin.entity.InvalidLogoutTokenException;

class LogoutTokensTest {

    @Test
    void aLogoutEventNamesTheSessionThatEnded() {
        assertThat(LogoutTokens.sessionOf(claims(Map.of(LogoutTokens.LOGOUT_EVENT, Map.of()), "abc")))
                .isEqualTo("abc");
    }

    @Test
    void aTokenWithoutTheLogoutEventOrTheSessionOrWithANonceIsRefused() {
        assertThatThrownBy(() -> LogoutTokens.sessionOf(claims(null, "abc")))
                .isInstanceOf(InvalidLogoutTokenException.class)
                .hasMessageContaining("event");
        assertThatThrownBy(() -> LogoutTokens.sessionOf(claims(Map.of("other-event", Map.of()), "abc")))
                .hasMessageContaining("event");
        assertThatThrownBy(() -> LogoutTokens.sessionOf(claims(Map.of(LogoutTokens.LOGOUT_EVENT, Map.of()), null)))
                .hasMessageContaining("sid");
        JwtClaims withNonce = claims(Map.of(LogoutTokens.LOGOUT_EVENT, Map.of()), "abc");
        withNonce.setClaim("nonce", "n");
        assertThatThrownBy(() -> LogoutTokens.sessionOf(withNonce)).hasMessageContaining("nonce");
    }

    private static JwtClaims claims(Map<String, Object> events, String session) {
        JwtClaims claims = new JwtClaims();
        if (events != null) {
            claims.setClaim("events", events);
        }
        if (session != null) {
            claims.setClaim("sid", session);
        }
        return claims;
    }
}
