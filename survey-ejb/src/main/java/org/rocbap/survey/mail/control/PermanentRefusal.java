package org.rocbap.survey.mail.control;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.util.Optional;

/**
 * Tells a mail the server will never take (an address it refuses for good, or one that is not an
 * address at all) from one that may go later (server down, mailbox full, greylisting): only the
 * first is a bounce; the second is tried again.
 */
public final class PermanentRefusal {

    private PermanentRefusal() {}

    /** The server's words when {@code failure} is a permanent refusal of the recipient; empty otherwise. */
    public static Optional<String> of(MessagingException failure) {
        if (failure instanceof AddressException) {
            return Optional.of(failure.getMessage());
        }
        // Jakarta Mail lists a recipient refused with a permanent (5xx) answer as invalid; one refused
        // for now (4xx) as valid but unsent.
        if (failure instanceof SendFailedException sendFailed) {
            Address[] invalid = sendFailed.getInvalidAddresses();
            Address[] sent = sendFailed.getValidSentAddresses();
            if (invalid != null && invalid.length > 0 && (sent == null || sent.length == 0)) {
                Exception detail = sendFailed.getNextException();
                return Optional.of(
                        detail != null && detail.getMessage() != null ? detail.getMessage() : failure.getMessage());
            }
        }
        return Optional.empty();
    }
}
