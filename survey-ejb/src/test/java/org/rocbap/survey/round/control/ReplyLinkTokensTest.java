package org.rocbap.survey.round.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplyLinkTokensTest {

    private static final byte[] SECRET = "a secret of the server".getBytes(StandardCharsets.UTF_8);

    @Test
    void tokensAreUrlSafeDistinctAndTheSameForTheSameInvitation() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String nonce = ReplyLinkTokens.newNonce();
            String token = ReplyLinkTokens.token(SECRET, nonce);
            assertThat(ReplyLinkTokens.wellFormed(token)).as(token).isTrue();
            assertThat(ReplyLinkTokens.token(SECRET, nonce)).isEqualTo(token);
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void withoutTheSecretTheNonceGivesNoToken() {
        String nonce = ReplyLinkTokens.newNonce();
        byte[] other = "another server".getBytes(StandardCharsets.UTF_8);

        assertThat(ReplyLinkTokens.token(other, nonce)).isNotEqualTo(ReplyLinkTokens.token(SECRET, nonce));
        assertThat(ReplyLinkTokens.token(SECRET, nonce)).isNotEqualTo(nonce);
    }

    @Test
    void onlyTheHashIsKept() {
        String token = ReplyLinkTokens.token(SECRET, ReplyLinkTokens.newNonce());
        assertThat(ReplyLinkTokens.sha256(token))
                .hasSize(64)
                .doesNotContain(token)
                .isEqualTo(ReplyLinkTokens.sha256(token));
    }

    @Test
    void malformedTextIsNoToken() {
        assertThat(ReplyLinkTokens.wellFormed(null)).isFalse();
        assertThat(ReplyLinkTokens.wellFormed("abc")).isFalse();
        assertThat(ReplyLinkTokens.wellFormed("' OR 1=1 --xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))
                .isFalse();
    }
}
