package org.rocbap.survey.shared.rules;

import jakarta.ejb.ApplicationException;

/**
 * Someone saved the record after the caller loaded it. The caller's input is not stored; the page
 * keeps what was typed so that it can be compared and saved again.
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String what) {
        super(RuleViolation.of(null, "concurrentChange", what));
    }

    /**
     * Throws unless the record is still at the version the caller loaded. {@code null} stands for "no
     * record": a caller who believed the record new while someone else created it meanwhile also
     * gets the conflict, rather than silently overwriting.
     */
    public static void check(String what, Long loadedVersion, Long currentVersion) {
        if (currentVersion != null && !currentVersion.equals(loadedVersion)) {
            throw new ConcurrentChangeException(what);
        }
    }
}
