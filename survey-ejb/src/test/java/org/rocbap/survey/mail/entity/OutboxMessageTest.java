package org.rocbap.survey.mail.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2017-02-06T09:00:00+12:00");

    @Test
    void aMessageMayBeSentAgainUntilItIsDeliveredAndShowsWhenItWentOrWillGo() {
        OffsetDateTime first = NOW.plusHours(1);
        OutboxMessage message =
                new OutboxMessage("invitation:1", 1L, 2L, "invitation", "ana@example.org", "S", "B", NOW, first);

        assertThat(message.isResendable()).isTrue();
        assertThat(message.getSentOrNextAttemptAt()).isEqualTo(first);

        message.resend(NOW);
        assertThat(message.getSentOrNextAttemptAt()).as("hurried").isEqualTo(NOW);

        OffsetDateTime sent = NOW.plusMinutes(5);
        message.delivered(sent);
        assertThat(message.isResendable()).isFalse();
        assertThat(message.getSentOrNextAttemptAt()).isEqualTo(sent);
        message.resend(NOW.plusDays(1));
        assertThat(message.getState()).as("a delivered message stays delivered").isEqualTo(MailState.SENT);
    }
}
