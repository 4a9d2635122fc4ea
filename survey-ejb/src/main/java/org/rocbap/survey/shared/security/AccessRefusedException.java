package org.rocbap.survey.shared.security;

import jakarta.ejb.ApplicationException;

/** The caller's role or administration does not allow the operation. Nothing was changed. */
@ApplicationException(rollback = true)
public class AccessRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String message) {
        super(message);
    }
}
