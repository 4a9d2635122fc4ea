package org.rocbap.survey.shared.security;

import org.rocbap.survey.shared.rules.NotFoundException;

/**
 * Another administration's record, answered exactly as a missing one so that ids cannot be probed,
 * but known here for what it is: a refused access, which the audit trail keeps.
 */
public class HiddenRecordException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public HiddenRecordException(String what, Object id) {
        super(what, id);
    }
}
