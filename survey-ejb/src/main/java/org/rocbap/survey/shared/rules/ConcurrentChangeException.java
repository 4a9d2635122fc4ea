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

    private ConcurrentChangeException(RuleViolation violation) {
        super(violation);
    }

    /**
     * Someone else saved the same record at the same moment, found by the database.
     *
     * @param constraint the unique constraint that refused the second save, {@code null} for a version check
     */
    public static ConcurrentChangeException meanwhile(String constraint) {
        String key = "conflict." + constraint;
        return new ConcurrentChangeException(
                RuleViolation.of(null, RuleViolation.known(key) ? key : "conflict.version"));
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
