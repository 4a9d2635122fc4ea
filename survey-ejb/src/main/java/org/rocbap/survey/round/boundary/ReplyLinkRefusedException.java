package org.rocbap.survey.round.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A personal link that opens nothing: the page says why in general terms and shows no one's data.
 * Unknown and malformed tokens look alike, so that guessing learns nothing.
 */
@ApplicationException(rollback = true)
public class ReplyLinkRefusedException extends RuntimeException {

    /** Why a link opens nothing. */
    public enum Reason {
        UNKNOWN,
        EXPIRED,
        REVOKED,
        USED;

        /** A link that once opened a questionnaire and no longer does, as against one that never did. */
        public boolean ended() {
            return this != UNKNOWN;
        }
    }

    private final Reason reason;

    public ReplyLinkRefusedException(Reason reason) {
        super("Personal reply link refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
