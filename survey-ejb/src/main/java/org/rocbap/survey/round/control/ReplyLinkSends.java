package org.rocbap.survey.round.control;

import java.util.regex.Pattern;
import org.rocbap.survey.round.entity.ReplyLinkSend;

/** The idempotency keys a personal link's page may choose for its sends. */
public final class ReplyLinkSends {

    /**
     * Long enough that a page cannot hit another send's key by chance (a UUID has 36 characters), and
     * nothing a log or a header would need escaped.
     */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{16," + ReplyLinkSend.KEY_LENGTH + "}");

    private ReplyLinkSends() {}

    public static boolean wellFormed(String idempotencyKey) {
        return idempotencyKey != null && SHAPE.matcher(idempotencyKey).matches();
    }
}
