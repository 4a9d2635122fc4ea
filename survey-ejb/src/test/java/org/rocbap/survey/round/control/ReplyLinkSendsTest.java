package org.rocbap.survey.round.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplyLinkSendsTest {

    @Test
    void aUuidIsAKey() {
        assertThat(ReplyLinkSends.wellFormed(UUID.randomUUID().toString())).isTrue();
    }

    @Test
    void shortLongOrOddKeysAreNot() {
        assertThat(ReplyLinkSends.wellFormed(null)).isFalse();
        assertThat(ReplyLinkSends.wellFormed("")).isFalse();
        assertThat(ReplyLinkSends.wellFormed("abc-123")).isFalse();
        assertThat(ReplyLinkSends.wellFormed("a".repeat(65))).isFalse();
        assertThat(ReplyLinkSends.wellFormed("a".repeat(64))).isTrue();
        assertThat(ReplyLinkSends.wellFormed("0123456789abcdef\r\nX-Other: 1")).isFalse();
        assertThat(ReplyLinkSends.wellFormed("0123456789 abcdef")).isFalse();
    }
}
