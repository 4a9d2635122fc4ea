package org.rocbap.survey.shared.rules;

import jakarta.ejb.ApplicationException;

/** The record a request names does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class NotFoundException extends WorkflowException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(RuleViolation.of(null, "notFound", what, String.valueOf(id)));
    }
}
